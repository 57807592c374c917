package org.passerelle.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import java.util.function.Consumer;
import org.passerelle.shared.Language;
import tools.jackson.databind.JsonNode;

/**
 * Lets anyone switch the interface among the six UN languages. Each language is named in itself, so a
 * person lost in a foreign interface still finds their own. A native {@code <select>}: it costs no
 * JavaScript on the login page, and phones show their own picker. The page reloads in the new language once the
 * person has chosen it: a click in the list, or Enter; arrowing through the languages only moves the selection.
 */
@Tag("select")
public class LanguageSwitcher extends Component {

    /** The switcher's id, which browser journeys choose a language with. */
    public static final String ID = "language-switcher";

    private static final String VALUE = "event.target.value";
    /** Keys that move through a closed select without choosing: arrows, Home, End, pages, and typed letters. */
    private static final String NAVIGATION_KEY = "!event.altKey && /^(Arrow|Home$|End$|Page)|^\\S$/u.test(event.key)";

    public LanguageSwitcher(Consumer<Language> remember) {
        Language current = UiLanguage.current(UI.getCurrent());
        for (Language language : Language.values()) {
            Element option = new Element("option");
            option.setAttribute("value", language.code());
            option.setAttribute("lang", language.code());
            option.setText(language.nativeName());
            if (language == current) {
                option.setAttribute("selected", true);
            }
            getElement().appendChild(option);
        }
        setId(ID);
        getElement().setAttribute("class", "language-switcher");
        getElement().setAttribute("aria-label", getTranslation("language.choose"));
        getElement().setAttribute("title", getTranslation("language.choose"));
        // A keyboard user arrowing through a closed select fires "change" at every step; reloading then would
        // throw them into French before they reach their own language (WCAG 3.2.2). So a change made by arrow
        // keys or type-ahead waits for Enter; a change chosen from the opened list (pointer, or Enter in the list)
        // applies at once. The filters run in the browser and keep their state on the element: no script to load.
        getElement()
                .addEventListener("keydown", event -> apply(event.getEventData(), remember))
                .setFilter("(element.$navigating = " + NAVIGATION_KEY + ", event.key === 'Enter')")
                .addEventData(VALUE);
        getElement().addEventListener("pointerdown", event -> {}).setFilter("(element.$navigating = false)");
        getElement()
                .addEventListener("change", event -> apply(event.getEventData(), remember))
                .setFilter("!element.$navigating")
                .addEventData(VALUE);
    }

    private static void apply(JsonNode data, Consumer<Language> remember) {
        UI ui = UI.getCurrent();
        Language.ofCode(data.path(VALUE).asString())
                .filter(chosen -> chosen != UiLanguage.current(ui))
                .ifPresent(chosen -> {
                    remember.accept(chosen);
                    UiLanguage.apply(ui, chosen);
                    ui.getPage().reload();
                });
    }
}
