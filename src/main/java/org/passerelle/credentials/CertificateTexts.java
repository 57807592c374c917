package org.passerelle.credentials;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.passerelle.shared.Language;

/** The words of a certificate in its language, from the interface's translation bundles. */
final class CertificateTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Language language;
    private final ResourceBundle bundle;

    CertificateTexts(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(
                "vaadin-i18n.translations", language == Language.EN ? Locale.ROOT : language.locale(), NO_FALLBACK);
    }

    Locale locale() {
        return language.locale();
    }

    /** A text; arguments are given as strings, already written for the reader. */
    String get(String key, String... arguments) {
        String text = bundle.getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, language.locale()).format(arguments);
    }
}
