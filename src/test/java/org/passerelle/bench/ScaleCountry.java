package org.passerelle.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.passerelle.shared.Language;

/**
 * One of the 40 countries of the scale data: the languages its officials read the platform in (shares in
 * percent) and the names they are likely to carry.
 *
 * @param ability a small shift of its learners' ability, so that countries differ a little
 */
record ScaleCountry(String code, Map<Language, Integer> languages, ScaleNames names, double ability) {

    /** Senegal and Kenya first: the demo reviewers' countries. */
    static final List<ScaleCountry> ALL = List.of(
            of("SN", ScaleNames.WEST_AFRICA, 0.0, "fr", 88, "en", 12),
            of("KE", ScaleNames.EAST_AFRICA, 0.0, "en", 97, "fr", 3),
            of("CI", ScaleNames.WEST_AFRICA, -0.1, "fr", 92, "en", 8),
            of("CM", ScaleNames.WEST_AFRICA, 0.1, "fr", 75, "en", 25),
            of("BJ", ScaleNames.WEST_AFRICA, -0.2, "fr", 90, "en", 10),
            of("GN", ScaleNames.WEST_AFRICA, -0.3, "fr", 90, "en", 10),
            of("MG", ScaleNames.WEST_AFRICA, 0.0, "fr", 85, "en", 15),
            of("ML", ScaleNames.WEST_AFRICA, -0.2, "fr", 88, "ar", 4, "en", 8),
            of("TG", ScaleNames.WEST_AFRICA, 0.1, "fr", 90, "en", 10),
            of("NG", ScaleNames.EAST_AFRICA, 0.2, "en", 98, "fr", 2),
            of("GH", ScaleNames.EAST_AFRICA, 0.1, "en", 97, "fr", 3),
            of("ET", ScaleNames.EAST_AFRICA, -0.1, "en", 96, "ar", 4),
            of("UG", ScaleNames.EAST_AFRICA, 0.0, "en", 100),
            of("TZ", ScaleNames.EAST_AFRICA, -0.1, "en", 100),
            of("ZA", ScaleNames.EAST_AFRICA, 0.3, "en", 98, "fr", 2),
            of("RW", ScaleNames.EAST_AFRICA, 0.2, "en", 70, "fr", 30),
            of("EG", ScaleNames.ARABIC, 0.1, "ar", 80, "en", 18, "fr", 2),
            of("MA", ScaleNames.ARABIC, 0.1, "ar", 50, "fr", 45, "en", 5),
            of("TN", ScaleNames.ARABIC, 0.2, "ar", 45, "fr", 50, "en", 5),
            of("JO", ScaleNames.ARABIC, 0.2, "ar", 75, "en", 25),
            of("BR", ScaleNames.LATIN_AMERICA, 0.2, "en", 55, "es", 45),
            of("MX", ScaleNames.LATIN_AMERICA, 0.1, "es", 92, "en", 8),
            of("CO", ScaleNames.LATIN_AMERICA, 0.0, "es", 93, "en", 7),
            of("PE", ScaleNames.LATIN_AMERICA, -0.1, "es", 95, "en", 5),
            of("AR", ScaleNames.LATIN_AMERICA, 0.3, "es", 90, "en", 10),
            of("CL", ScaleNames.LATIN_AMERICA, 0.3, "es", 90, "en", 10),
            of("BO", ScaleNames.LATIN_AMERICA, -0.2, "es", 96, "en", 4),
            of("KZ", ScaleNames.CENTRAL_ASIA, 0.1, "ru", 85, "en", 15),
            of("UZ", ScaleNames.CENTRAL_ASIA, 0.0, "ru", 88, "en", 12),
            of("KG", ScaleNames.CENTRAL_ASIA, -0.1, "ru", 90, "en", 10),
            of("IN", ScaleNames.SOUTH_ASIA, 0.3, "en", 100),
            of("BD", ScaleNames.SOUTH_ASIA, 0.0, "en", 100),
            of("PK", ScaleNames.SOUTH_ASIA, 0.0, "en", 95, "ar", 5),
            of("ID", ScaleNames.SOUTH_ASIA, 0.1, "en", 94, "zh", 6),
            of("VN", ScaleNames.SOUTH_ASIA, 0.1, "en", 80, "zh", 12, "fr", 8),
            of("PH", ScaleNames.SOUTH_ASIA, 0.2, "en", 100),
            of("KH", ScaleNames.SOUTH_ASIA, -0.2, "en", 55, "zh", 30, "fr", 15),
            of("FJ", ScaleNames.PACIFIC, 0.0, "en", 100),
            of("PG", ScaleNames.PACIFIC, -0.3, "en", 100),
            of("WS", ScaleNames.PACIFIC, -0.1, "en", 100));

    private static ScaleCountry of(String code, ScaleNames names, double ability, Object... shares) {
        Map<Language, Integer> languages = new LinkedHashMap<>();
        for (int i = 0; i < shares.length; i += 2) {
            languages.put(Language.ofCode((String) shares[i]).orElseThrow(), (Integer) shares[i + 1]);
        }
        return new ScaleCountry(code, languages, names, ability);
    }

    /** The English name, from the JDK's locale data: "Senegal", "Côte d’Ivoire". */
    String name() {
        return Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
    }

    String lowerCode() {
        return code.toLowerCase(Locale.ROOT);
    }

    Language language(Random random) {
        int draw = random.nextInt(100);
        for (Map.Entry<Language, Integer> share : languages.entrySet()) {
            draw -= share.getValue();
            if (draw < 0) {
                return share.getKey();
            }
        }
        return languages.keySet().iterator().next();
    }
}
