package org.passerelle.catalog.ui.edit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumMap;
import java.util.Map;
import org.passerelle.catalog.Conflict;
import org.passerelle.catalog.DraftModules;
import org.passerelle.catalog.ModuleMeta;
import org.passerelle.catalog.Refused;
import org.passerelle.catalog.Revised;
import org.passerelle.shared.Language;
import org.passerelle.shared.ui.Note;

/** A module's title and description in each language (renaming a module is changing its title). */
class ModuleTexts extends NativeDetails {

    private final Map<Language, String> titles = new EnumMap<>(Language.class);
    private final Map<Language, String> descriptions = new EnumMap<>(Language.class);
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final Note message = new Note();
    private Language shown;
    private int revision;

    ModuleTexts(DraftModules modules, String courseId, String folder, Runnable saved) {
        setSummaryText(getTranslation("editor.module.texts"));
        setId("module-texts-" + folder);
        Revised<ModuleMeta> module = modules.read(courseId, folder);
        revision = module.revision();
        titles.putAll(module.value().title());
        descriptions.putAll(module.value().description());
        shown = titles.keySet().stream().findFirst().orElse(Language.DEFAULT);
        Select<Language> language = new Select<>();
        language.setLabel(getTranslation("editor.texts-in"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setValue(shown);
        language.setId("module-language-" + folder);
        title.setLabel(getTranslation("editor.field.title"));
        title.setId("module-title-" + folder);
        title.setMaxLength(200);
        description.setLabel(getTranslation("editor.field.description"));
        description.setMaxLength(2000);
        show();
        language.addValueChangeListener(change -> {
            keep();
            shown = change.getValue();
            show();
        });
        Button save = new Button(getTranslation("editor.save"), event -> {
            keep();
            try {
                revision = modules.save(courseId, folder, titles, descriptions, revision);
                saved.run();
            } catch (Conflict conflict) {
                revision = conflict.revision();
                message.sayError(getTranslation("editor.conflict.settings", conflict.by()));
            } catch (Refused refused) {
                message.sayError(getTranslation(refused.key(), refused.arguments()));
            }
        });
        save.setId("module-save-" + folder);
        setContent(new Div(language, title, description, save, message));
    }

    private void show() {
        title.setValue(titles.getOrDefault(shown, ""));
        description.setValue(descriptions.getOrDefault(shown, ""));
    }

    private void keep() {
        put(titles, title.getValue());
        put(descriptions, description.getValue());
    }

    private void put(Map<Language, String> texts, String value) {
        if (value == null || value.isBlank()) {
            texts.remove(shown);
        } else {
            texts.put(shown, value.strip());
        }
    }
}
