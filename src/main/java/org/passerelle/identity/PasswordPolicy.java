package org.passerelle.identity;

import org.jspecify.annotations.Nullable;

/** The rule every real account's password follows. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    /** @return the translation key of the problem, or null when the password is acceptable */
    public static @Nullable String problem(@Nullable String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "password.too-short";
        }
        if (password.length() > MAX_LENGTH) {
            return "password.too-long";
        }
        if (password.isBlank()) {
            return "password.too-short";
        }
        return null;
    }
}
