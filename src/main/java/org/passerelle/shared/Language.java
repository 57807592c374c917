package org.passerelle.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The six UN languages the interface speaks. */
public enum Language {
    AR("ar", true),
    ZH("zh", false),
    EN("en", false),
    FR("fr", false),
    RU("ru", false),
    ES("es", false);

    public static final Language DEFAULT = EN;

    private final String code;
    private final boolean rightToLeft;

    Language(String code, boolean rightToLeft) {
        this.code = code;
        this.rightToLeft = rightToLeft;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.of(code);
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** The direction text in this language is written in, as HTML's {@code dir} names it: rtl or ltr. */
    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }

    /** The language's own name for itself, e.g. "Français", from the JDK's locale data. */
    public String nativeName() {
        String name = locale().getDisplayLanguage(locale());
        return name.substring(0, 1).toUpperCase(locale()) + name.substring(1);
    }

    public static Optional<Language> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(code.replace('_', '-')).getLanguage();
        return Arrays.stream(values()).filter(l -> l.code.equals(language)).findFirst();
    }

    /**
     * The language a person typed: a code or tag ({@code fr}, {@code fr-SN}) or the language's name in any of
     * the six languages or its own ({@code French}, {@code français}, {@code Francés}), from the JDK's locale data.
     */
    public static Optional<Language> understood(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip();
        if (text.length() <= 3 || text.contains("-") || text.contains("_")) {
            Optional<Language> coded = ofCode(text.toLowerCase(Locale.ROOT));
            if (coded.isPresent()) {
                return coded;
            }
        }
        for (Language language : values()) {
            for (Language in : values()) {
                if (language.locale().getDisplayLanguage(in.locale()).equalsIgnoreCase(text)) {
                    return Optional.of(language);
                }
            }
        }
        return Optional.empty();
    }

    /** The supported language closest to a browser's locale, English when none matches. */
    public static Language closestTo(Locale locale) {
        return locale == null ? DEFAULT : ofCode(locale.toLanguageTag()).orElse(DEFAULT);
    }
}
