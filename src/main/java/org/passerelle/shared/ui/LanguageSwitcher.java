package org.passerelle.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import java.util.function.Consumer;
import org.passerelle.shared.Language;

/**
 * Lets anyone switch the interface among the six UN languages. Each language is named in itself, so a
 * person lost in a foreign interface still finds their own. A native {@code <select>}: it costs no
 * JavaScript on the login page, and phones show their own picker. The page reloads in the new language.
 */
@Tag("select")
public class LanguageSwitcher extends Component {

    /** The switcher's id, which browser journeys choose a language with. */
    public static final String ID = "language-switcher";

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
        getElement()
                .addEventListener(
                        "change",
                        event -> Language.ofCode(event.getEventData()
                                        .path("event.target.value")
                                        .asString())
                                .ifPresent(chosen -> {
                                    remember.accept(chosen);
                                    UI ui = UI.getCurrent();
                                    UiLanguage.apply(ui, chosen);
                                    ui.getPage().reload();
                                }))
                .addEventData("event.target.value");
    }
}
