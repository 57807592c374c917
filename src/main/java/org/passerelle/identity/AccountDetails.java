package org.passerelle.identity;

import java.util.Set;
import org.passerelle.shared.Language;

/**
 * What an administrator enters for an account. The password is only read when creating an account.
 *
 * @param country ISO 3166-1 alpha-2 code, or blank when the person has no country (staff of the organiser)
 */
public record AccountDetails(
        String username,
        String displayName,
        String email,
        String country,
        Language language,
        Set<Role> roles,
        String password) {}
