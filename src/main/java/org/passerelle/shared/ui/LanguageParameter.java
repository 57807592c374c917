package org.passerelle.shared.ui;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.Optional;
import org.passerelle.shared.Language;

/**
 * The {@code ?lang=} of an address: the language a page shows course text in when it is not the interface's
 * (an author's preview, a lesson's text in the editor).
 */
public final class LanguageParameter {

    private static final String NAME = "lang";

    private LanguageParameter() {}

    public static QueryParameters of(Language language) {
        return QueryParameters.of(NAME, language.code());
    }

    /** The address with the language added. */
    public static String on(String href, Language language) {
        return href + "?" + of(language).getQueryString();
    }

    /** The language the address asks for, if it names one this platform knows. */
    public static Optional<Language> in(Location location) {
        return location.getQueryParameters().getSingleParameter(NAME).flatMap(Language::ofCode);
    }
}
