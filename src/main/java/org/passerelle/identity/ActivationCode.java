package org.passerelle.identity;

import java.time.Instant;

/**
 * The one-time code with which a person activates the account created for them, as handed to the
 * administrator once. Only its hash is stored.
 */
public record ActivationCode(
        long userId, String username, String displayName, String email, String code, Instant expiresAt) {}
