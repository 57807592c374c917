package org.passerelle.shared.ui;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.passerelle.shared.Language;

/** Applies an interface language to a browser tab: translations, {@code lang}, and the writing direction. */
public final class UiLanguage {

    private UiLanguage() {}

    public static void apply(UI ui, Language language) {
        VaadinSession session = ui.getSession();
        if (session != null) {
            session.setAttribute(Language.class, language);
            session.setLocale(language.locale());
        }
        ui.setLocale(language.locale());
        ui.setDirection(language.rightToLeft() ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getPage().executeJs("document.documentElement.lang = $0", language.code());
        // Vaadin's connection indicator speaks to learners on weak links: in their language too.
        ui.getPage()
                .executeJs(
                        "const i = document.querySelector('vaadin-connection-indicator');"
                                + "if (i) { i.onlineText = $0; i.offlineText = $1; i.reconnectingText = $2; }",
                        ui.getTranslation("connection.online"),
                        ui.getTranslation("connection.offline"),
                        ui.getTranslation("connection.reconnecting"));
    }

    /** The language chosen earlier in this browser session, if any. */
    public static Optional<Language> chosenInSession(VaadinSession session) {
        return Optional.ofNullable(session == null ? null : session.getAttribute(Language.class));
    }

    /** The supported language closest to what the browser asks for. */
    public static Language fromBrowser() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return Language.closestTo(request == null ? null : request.getLocale());
    }

    public static Language current(UI ui) {
        return chosenInSession(ui.getSession()).orElseGet(() -> Language.closestTo(ui.getLocale()));
    }
}
