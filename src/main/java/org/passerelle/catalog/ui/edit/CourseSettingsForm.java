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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.passerelle.catalog.Conflict;
import org.passerelle.catalog.ContentLimits;
import org.passerelle.catalog.CourseContent;
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
    private final Select<Language> language = new Select<>();
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final TextField tags = new TextField();
    private final Select<Language> defaultLanguage = new Select<>();
    private final Select<String> level = new Select<>();
    private final IntegerField hours = new IntegerField();
    private final IntegerField passing = new IntegerField();
    private final Checkbox selfEnrolment = new Checkbox();
    private final TextArea authors = new TextArea();
    private final Note message = new Note("settings-message");
    private final Map<Language, String> titles = new EnumMap<>(Language.class);
    private final Map<Language, String> descriptions = new EnumMap<>(Language.class);
    private final Map<Language, List<String>> tagLists = new EnumMap<>(Language.class);
    private Language shown;
    private int revision;

    CourseSettingsForm(CourseDrafts drafts, String courseId, Runnable saved) {
        this.drafts = drafts;
        this.courseId = courseId;
        this.saved = saved;
        setSummaryText(getTranslation("editor.settings"));
        setId("course-settings");
        Revised<CourseMeta> meta = drafts.meta(courseId);
        revision = meta.revision();
        CourseMeta course = meta.value();
        titles.putAll(course.title());
        descriptions.putAll(course.description());
        tagLists.putAll(course.tags());
        language.setLabel(getTranslation("editor.texts-in"));
        language.setId("settings-language");
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        shown = course.defaultLanguage();
        language.setValue(shown);
        language.addValueChangeListener(change -> {
            keepTyped();
            shown = change.getValue();
            showTexts();
        });
        title.setLabel(getTranslation("editor.field.title"));
        title.setId("settings-title");
        title.setMaxLength(200);
        description.setLabel(getTranslation("editor.field.description"));
        description.setId("settings-description");
        description.setMaxLength(4000);
        tags.setLabel(getTranslation("editor.field.tags"));
        tags.setHelperText(getTranslation("editor.field.tags-help"));
        tags.setId("settings-tags");
        showTexts();
        defaultLanguage.setLabel(getTranslation("editor.field.default-language"));
        defaultLanguage.setItems(Language.values());
        defaultLanguage.setItemLabelGenerator(Language::nativeName);
        defaultLanguage.setValue(course.defaultLanguage());
        level.setLabel(getTranslation("editor.field.level"));
        level.setItems(ContentLimits.LEVELS);
        level.setItemLabelGenerator(value -> getTranslation(
                switch (value) {
                    case "intermediate" -> "editor.level.intermediate";
                    case "advanced" -> "editor.level.advanced";
                    default -> "editor.level.introductory";
                }));
        level.setValue(course.level());
        hours.setLabel(getTranslation("editor.field.hours"));
        hours.setMin(ContentLimits.ESTIMATED_HOURS.min());
        hours.setMax(ContentLimits.ESTIMATED_HOURS.max());
        hours.setValue(course.estimatedHours());
        hours.setId("settings-hours");
        passing.setLabel(getTranslation("editor.field.passing"));
        passing.setMin(ContentLimits.PASSING_SCORE.min());
        passing.setMax(ContentLimits.PASSING_SCORE.max());
        passing.setValue(course.quizPassingScore());
        selfEnrolment.setLabel(getTranslation("editor.field.self-enrolment"));
        selfEnrolment.setValue(course.selfEnrolment());
        authors.setLabel(getTranslation("editor.field.authors"));
        authors.setHelperText(getTranslation("editor.field.authors-help"));
        authors.setId("settings-authors");
        authors.setValue(String.join(
                "\n",
                course.authors().stream()
                        .map(a -> a.affiliation() == null ? a.name() : a.name() + " (" + a.affiliation() + ")")
                        .toList()));
        Button save = new Button(getTranslation("editor.save"), event -> save());
        save.setId("settings-save");
        FormLayout form = new FormLayout(
                language, title, description, tags, defaultLanguage, level, hours, passing, selfEnrolment, authors);
        form.setColspan(description, 2);
        form.setColspan(authors, 2);
        setContent(new Div(form, save, message));
        setOpen(course.description().isEmpty() || course.authors().isEmpty());
    }

    private void showTexts() {
        title.setValue(titles.getOrDefault(shown, ""));
        description.setValue(descriptions.getOrDefault(shown, ""));
        tags.setValue(String.join(", ", tagLists.getOrDefault(shown, List.of())));
    }

    private void keepTyped() {
        put(titles, title.getValue());
        put(descriptions, description.getValue());
        List<String> list = Arrays.stream(tags.getValue().split(","))
                .map(String::strip)
                .filter(tag -> !tag.isEmpty())
                .toList();
        if (list.isEmpty()) {
            tagLists.remove(shown);
        } else {
            tagLists.put(shown, list);
        }
    }

    private void put(Map<Language, String> texts, String value) {
        if (value == null || value.isBlank()) {
            texts.remove(shown);
        } else {
            texts.put(shown, value.strip());
        }
    }

    private void save() {
        keepTyped();
        if (hours.isInvalid() || hours.getValue() == null || passing.isInvalid() || passing.getValue() == null) {
            message.sayError(getTranslation("editor.settings.numbers"));
            return;
        }
        CourseMeta meta = new CourseMeta(
                courseId,
                defaultLanguage.getValue(),
                titles,
                descriptions,
                parseAuthors(authors.getValue()),
                level.getValue(),
                hours.getValue(),
                tagLists,
                selfEnrolment.getValue(),
                passing.getValue(),
                List.of());
        try {
            revision = drafts.saveMeta(courseId, meta, revision);
            saved.run();
        } catch (Conflict conflict) {
            revision = conflict.revision();
            message.sayError(getTranslation("editor.conflict.settings", conflict.by()));
        }
    }

    /** One author per line: "Name (Affiliation)" or "Name". */
    static List<CourseContent.Author> parseAuthors(String text) {
        List<CourseContent.Author> list = new ArrayList<>();
        for (String line : text.split("\n")) {
            String entry = line.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int open = entry.lastIndexOf('(');
            if (open > 0 && entry.endsWith(")")) {
                list.add(new CourseContent.Author(
                        entry.substring(0, open).strip(),
                        entry.substring(open + 1, entry.length() - 1).strip()));
            } else {
                list.add(new CourseContent.Author(entry, null));
            }
        }
        return list;
    }
}
