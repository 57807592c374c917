package org.passerelle.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.function.Consumer;
import org.passerelle.shared.Language;

/**
 * Lets anyone switch the interface among the six UN languages. Each language is named in itself, so a
 * person lost in a foreign interface still finds their own. The page reloads in the new language.
 */
public class LanguageSwitcher extends Select<Language> {

    public LanguageSwitcher(Consumer<Language> remember) {
        setItems(Language.values());
        setItemLabelGenerator(Language::nativeName);
        setAriaLabel(getTranslation("language.choose"));
        setTooltipText(getTranslation("language.choose"));
        addClassName("language-switcher");
        setId("language-switcher");
        setWidth("9.5em");
        setValue(UiLanguage.current(UI.getCurrent()));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                remember.accept(event.getValue());
                UI ui = UI.getCurrent();
                UiLanguage.apply(ui, event.getValue());
                ui.getPage().reload();
            }
        });
    }
}
