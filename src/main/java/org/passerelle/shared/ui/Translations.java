package org.passerelle.shared.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
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
        Locale bundleLocale = language == Language.EN ? Locale.ROOT : language.locale();
        try {
            String text =
                    ResourceBundle.getBundle(BUNDLE, bundleLocale, NO_FALLBACK).getString(key);
            return params.length == 0 ? text : new MessageFormat(text, language.locale()).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }
}
