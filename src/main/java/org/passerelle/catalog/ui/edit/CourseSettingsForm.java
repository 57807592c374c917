package org.passerelle.catalog.ui.edit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.EnumMap;
import java.util.Map;
import org.passerelle.catalog.Conflict;
import org.passerelle.catalog.ContentLimits;
import org.passerelle.catalog.CourseDrafts;
import org.passerelle.catalog.CourseMeta;
import org.passerelle.catalog.Revised;
import org.passerelle.shared.Language;
import org.passerelle.shared.ui.Note;

/**
 * The course's settings (default language, level, hours, self-enrolment, passing score, authors) and its texts in
 * each language (title, description, tags). Texts of every language are kept while switching between them and
 * saved together; a save refused because someone else saved meanwhile keeps everything typed here.
 */
class CourseSettingsForm extends NativeDetails {

    private final CourseDrafts drafts;
    private final String courseId;
    private final Runnable saved;
    private final Binder<CourseSettings> settings = new Binder<>(CourseSettings.class);
    private final Binder<CourseTexts> texts = new Binder<>(CourseTexts.class);
    private final Map<Language, CourseTexts> typed = new EnumMap<>(Language.class);
    private final Note message = new Note("settings-message");
    private Language shown;
    private int revision;

    CourseSettingsForm(CourseDrafts drafts, String courseId, Runnable saved) {
        this.drafts = drafts;
        this.courseId = courseId;
        this.saved = saved;
        setSummaryText(getTranslation("editor.settings"));
        setId(EditorIds.COURSE_SETTINGS);
        Revised<CourseMeta> meta = drafts.meta(courseId);
        revision = meta.revision();
        CourseMeta course = meta.value();
        for (Language language : Language.values()) {
            typed.put(language, CourseTexts.of(course, language));
        }
        shown = course.defaultLanguage();
        Select<Language> language = languages("editor.texts-in");
        language.setId(EditorIds.SETTINGS_LANGUAGE);
        language.setValue(shown);
        language.addValueChangeListener(change -> {
            keepTyped();
            shown = change.getValue();
            texts.readRecord(typed.get(shown));
        });
        FormLayout form = new FormLayout(language);
        bindTexts(form);
        bindSettings(form);
        settings.readRecord(CourseSettings.of(course));
        texts.readRecord(typed.get(shown));
        Button save = new Button(getTranslation("editor.save"), event -> save());
        save.setId(EditorIds.SETTINGS_SAVE);
        setContent(new Div(form, save, message));
        setOpen(course.description().isEmpty() || course.authors().isEmpty());
    }

    private void bindTexts(FormLayout form) {
        TextField title = new TextField(getTranslation("editor.field.title"));
        title.setId(EditorIds.SETTINGS_TITLE);
        title.setMaxLength(200);
        TextArea description = new TextArea(getTranslation("editor.field.description"));
        description.setId(EditorIds.SETTINGS_DESCRIPTION);
        description.setMaxLength(4000);
        TextField tags = new TextField(getTranslation("editor.field.tags"));
        tags.setHelperText(getTranslation("editor.field.tags-help"));
        tags.setId("settings-tags");
        texts.forField(title).bind("title");
        texts.forField(description).bind("description");
        texts.forField(tags)
                .withConverter(CourseTexts::tags, CourseTexts::tagsLine)
                .bind("tags");
        form.add(title, description, tags);
        form.setColspan(description, 2);
    }

    private void bindSettings(FormLayout form) {
        Select<Language> defaultLanguage = languages("editor.field.default-language");
        Select<String> level = new Select<>();
        level.setLabel(getTranslation("editor.field.level"));
        level.setItems(ContentLimits.LEVELS);
        level.setItemLabelGenerator(value -> getTranslation(
                switch (value) {
                    case "intermediate" -> "editor.level.intermediate";
                    case "advanced" -> "editor.level.advanced";
                    default -> "editor.level.introductory";
                }));
        IntegerField hours = new IntegerField(getTranslation("editor.field.hours"));
        hours.setId("settings-hours");
        IntegerField passing = new IntegerField(getTranslation("editor.field.passing"));
        Checkbox selfEnrolment = new Checkbox(getTranslation("editor.field.self-enrolment"));
        TextArea authors = new TextArea(getTranslation("editor.field.authors"));
        authors.setHelperText(getTranslation("editor.field.authors-help"));
        authors.setId(EditorIds.SETTINGS_AUTHORS);
        settings.forField(defaultLanguage).bind("defaultLanguage");
        settings.forField(level).bind("level");
        within(hours, ContentLimits.ESTIMATED_HOURS).bind("estimatedHours");
        within(passing, ContentLimits.PASSING_SCORE).bind("quizPassingScore");
        settings.forField(selfEnrolment).bind("selfEnrolment");
        settings.forField(authors)
                .withConverter(CourseSettings::authors, CourseSettings::authorLines)
                .bind("authors");
        form.add(defaultLanguage, level, hours, passing, selfEnrolment, authors);
        form.setColspan(authors, 2);
    }

    private void keepTyped() {
        try {
            typed.put(shown, texts.writeRecord());
        } catch (ValidationException e) {
            // Texts have no rule a value could break.
            throw new IllegalStateException(e);
        }
    }

    private void save() {
        keepTyped();
        CourseSettings chosen;
        try {
            chosen = settings.writeRecord();
        } catch (ValidationException e) {
            message.sayError(getTranslation("editor.not-saved.marked"));
            return;
        }
        CourseMeta meta = chosen.meta(courseId, typed);
        try {
            revision = drafts.saveMeta(courseId, meta, revision);
            saved.run();
        } catch (Conflict conflict) {
            revision = conflict.revision();
            message.sayError(getTranslation("editor.conflict.settings", conflict.by()));
        }
    }

    private Binder.BindingBuilder<CourseSettings, Integer> within(IntegerField field, ContentLimits.Range range) {
        return NumberFields.within(
                settings, field, range, getTranslation("editor.whole-number", range.min(), range.max()));
    }

    private Select<Language> languages(String label) {
        Select<Language> select = new Select<>();
        select.setLabel(getTranslation(label));
        select.setItems(Language.values());
        select.setItemLabelGenerator(Language::nativeName);
        return select;
    }
}
