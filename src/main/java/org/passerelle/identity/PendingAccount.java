package org.passerelle.identity;

import org.jspecify.annotations.Nullable;
import org.passerelle.shared.Language;

/**
 * An account to create for someone who will choose their own password: checked and normalised beforehand
 * with {@link AccountRules}.
 *
 * @param country ISO 3166-1 alpha-2 code, or null
 */
public record PendingAccount(
        String username,
        String displayName,
        String email,
        @Nullable String country,
        Language language) {}
