package org.passerelle.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Names of the folders and files of a course, made from what authors type, and their order. */
public final class FolderNames {

    private static final int MAX_SLUG = 40;

    private FolderNames() {}

    /** A folder or file name from a title: lower-case ASCII letters, digits and dashes. */
    public static String slug(String title, String otherwise) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (plain.length() > MAX_SLUG) {
            plain = plain.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? otherwise : plain;
    }

    /** The n-th item of a list, named after its title: {@code 02-open-data}. */
    static String numbered(int n, String title, String otherwise) {
        return String.format(Locale.ROOT, "%02d-", n) + slug(title, otherwise);
    }

    /** The name, or the name with -2, -3… when it is taken. */
    static String unique(String name, Collection<String> taken) {
        String candidate = name;
        int n = 2;
        while (taken.contains(candidate)) {
            candidate = name + "-" + n++;
        }
        return candidate;
    }

    /** The names with one moved up (negative) or down (positive), stopping at either end. */
    static List<String> moved(List<String> names, String name, int by) {
        int from = names.indexOf(name);
        if (from < 0) {
            throw new Refused("editor.refused.missing");
        }
        int to = Math.max(0, Math.min(names.size() - 1, from + by));
        List<String> result = new ArrayList<>(names);
        result.remove(from);
        result.add(to, name);
        return result;
    }
}
