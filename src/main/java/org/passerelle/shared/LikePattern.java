package org.passerelle.shared;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What people type into a search box, as a SQL {@code LIKE} pattern that matches it literally anywhere. */
public final class LikePattern {

    private LikePattern() {}

    /** The typed text, trimmed and lower-cased: also what an exact match (an id) is compared with. */
    public static String needle(@Nullable String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    /** {@code %needle%} with the pattern's own characters ({@code \ % _}) escaped. */
    public static String containing(String needle) {
        return "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
