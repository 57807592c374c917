package org.passerelle.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What an audit entry says about its change, in no language: a translation key and the values it needs (codes,
 * numbers, instants), so that each administrator reads it in their own. Entries written before details were kept
 * this way, and free text such as a revocation's reason, are a {@linkplain #text text} shown as written.
 */
public record AuditDetail(String key, List<String> values) {

    /** Roles (names, comma-separated) and country code of a new account. */
    public static final String USER_CREATED = "audit.detail.user-created";
    /** An account before and after a change: roles, country, language, email, twice. */
    public static final String USER_UPDATED = "audit.detail.user-updated";
    /** The instant a sign-in lock ends. */
    public static final String LOCKED_UNTIL = "audit.detail.locked-until";
    /** New and existing accounts enrolled from a file. */
    public static final String BULK_ENROLMENT = "audit.detail.bulk-enrolment";
    /** Accounts created waiting for activation. */
    public static final String ACCOUNTS_PENDING = "audit.detail.accounts-pending";

    private static final Set<String> KEYS =
            Set.of(USER_CREATED, USER_UPDATED, LOCKED_UNTIL, BULK_ENROLMENT, ACCOUNTS_PENDING);
    // Values are codes, numbers, instants and e-mail addresses: none holds a tab.
    private static final String SEPARATOR = "\t";

    public AuditDetail {
        values = List.copyOf(values);
    }

    static AuditDetail of(String key, Object... values) {
        return new AuditDetail(
                key,
                Stream.of(values)
                        .map(value -> value == null ? "" : value.toString())
                        .toList());
    }

    /** Text shown as it was written, in whatever language its writer used. */
    public static AuditDetail text(String text) {
        return new AuditDetail(null, List.of(text));
    }

    public boolean isText() {
        return key == null;
    }

    String stored() {
        return isText()
                ? values.getFirst()
                : String.join(
                        SEPARATOR,
                        Stream.concat(Stream.of(key), values.stream()).toList());
    }

    /** Reads a stored detail; anything that is not one of the kept forms is text (as all entries were before). */
    static AuditDetail read(String stored) {
        if (stored == null) {
            return null;
        }
        List<String> parts = Arrays.asList(stored.split(SEPARATOR, -1));
        return KEYS.contains(parts.getFirst())
                ? new AuditDetail(parts.getFirst(), parts.subList(1, parts.size()))
                : text(stored);
    }
}
