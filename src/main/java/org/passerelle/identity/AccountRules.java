package org.passerelle.identity;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.passerelle.shared.Countries;
import org.passerelle.shared.FieldProblem;

/**
 * Normalises and checks what is typed into an account, field by field; a problem is thrown as a
 * {@link FieldProblem} naming the field and the message key.
 */
public final class AccountRules {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    // Deliberately simple: one @, no spaces, a dot in the domain. Delivery is the real test.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private AccountRules() {}

    public static String username(String raw) {
        String username = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (username.isEmpty()) {
            throw new FieldProblem("username", "field.required");
        }
        if (!USERNAME.matcher(username).matches()) {
            throw new FieldProblem("username", "user.username.invalid");
        }
        return username;
    }

    public static String email(String raw) {
        String email = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (email.isEmpty()) {
            throw new FieldProblem("email", "field.required");
        }
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw new FieldProblem("email", "user.email.invalid");
        }
        return email;
    }

    public static String displayName(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            throw new FieldProblem("displayName", "field.required");
        }
        if (name.length() > 200) {
            throw new FieldProblem("displayName", "field.too-long");
        }
        return name;
    }

    public static @Nullable String country(@Nullable String raw) {
        String country = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (country.isEmpty()) {
            return null;
        }
        if (!Countries.isValid(country)) {
            throw new FieldProblem("country", "user.country.unknown");
        }
        return country;
    }

    static void password(String password) {
        String problem = PasswordPolicy.problem(password);
        if (problem != null) {
            throw new FieldProblem("password", problem);
        }
    }
}
