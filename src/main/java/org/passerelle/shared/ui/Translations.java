package org.passerelle.shared.ui;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.passerelle.shared.Language;
import org.springframework.stereotype.Component;

/**
 * The interface texts in the six UN languages, from {@code vaadin-i18n/translations*.properties}; the file
 * without a suffix is English. Never falls back to the server's own locale.
 *
 * <p>Texts are ICU message patterns: a count is written {@code {0, plural, one {# member} other {# members}}} with
 * the plural categories of each language (Arabic has six, Russian four, Chinese one), and numbers are written as
 * the language writes them. Callers pass counts as numbers, not as formatted strings.
 */
@Component
public class Translations implements I18NProvider {

    static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        // English first: Vaadin falls back to the first provided locale for a browser that names none.
        return Stream.concat(Stream.of(Language.DEFAULT), Arrays.stream(Language.values()))
                .distinct()
                .map(Language::locale)
                .toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Language language = Language.closestTo(locale);
        String pattern;
        try {
            pattern = pattern(key, language);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
        // Every text goes through the same formatter, so one quoting rule holds for all of them (ICU's: a single
        // apostrophe is plain text unless it stands before a brace).
        return format(pattern, language, params);
    }

    /** The text as written in the language's file, before any parameter is put in. */
    static String pattern(String key, Language language) {
        Locale bundleLocale = language == Language.EN ? Locale.ROOT : language.locale();
        return ResourceBundle.getBundle(BUNDLE, bundleLocale, NO_FALLBACK).getString(key);
    }

    static String format(String pattern, Language language, Object... params) {
        return new MessageFormat(pattern, ULocale.forLocale(language.locale())).format(params);
    }
}
