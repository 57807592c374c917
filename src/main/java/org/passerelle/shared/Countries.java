package org.passerelle.shared;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 countries, named from the JDK's locale data in the reader's language. */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {}

    public static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }

    public static String name(String code, Locale inLanguage) {
        return Locale.of("", code).getDisplayCountry(inLanguage);
    }

    /** All codes, sorted by their name in the given language. */
    public static List<String> sortedCodes(Locale inLanguage) {
        Collator collator = Collator.getInstance(inLanguage);
        return Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> name(code, inLanguage), collator))
                .toList();
    }
}
