package org.passerelle.catalog.ui.edit;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.passerelle.catalog.DraftLessons;
import org.passerelle.catalog.DraftModules;
import org.passerelle.catalog.LessonOutline;
import org.passerelle.catalog.ModuleOutline;
import org.passerelle.catalog.Outline;
import org.passerelle.catalog.Refused;
import org.passerelle.shared.Language;
import org.passerelle.shared.ui.Confirm;
import org.passerelle.shared.ui.Note;
import org.passerelle.shared.ui.Sizes;

/**
 * The course's modules and their lessons in order: add, rename, move (buttons, so the keyboard does it too; focus
 * stays on the moved item) and remove, with the languages each is complete in and each lesson's media size.
 */
class ModulesPanel extends Section {

    private final DraftModules modules;
    private final DraftLessons lessons;
    private final String courseId;
    private final Language reader;
    private final Runnable changed;
    private final Language defaultLanguage;
    private final Note problem = new Note("modules-problem");

    ModulesPanel(
            DraftModules modules,
            DraftLessons lessons,
            String courseId,
            Outline outline,
            Language reader,
            Runnable changed) {
        this.modules = modules;
        this.lessons = lessons;
        this.courseId = courseId;
        this.reader = reader;
        this.changed = changed;
        this.defaultLanguage = outline.meta().defaultLanguage();
        setId("modules");
        add(new H2(getTranslation("editor.modules")), problem);
        if (outline.modules().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("editor.modules.empty"));
            empty.addClassName("empty-state");
            add(empty);
        }
        OrderedList list = new OrderedList();
        list.addClassName("editor-modules");
        outline.modules().forEach(module -> list.add(module(module)));
        add(list);
        add(adder(EditorIds.NEW_MODULE, "editor.module.add", title -> modules.add(courseId, defaultLanguage, title)));
    }

    private ListItem module(ModuleOutline module) {
        String folder = module.meta().folder();
        String title = text(module.meta().title(), folder);
        Span heading = new Span(title);
        heading.addClassName("module-title");
        ListItem item = new ListItem(heading);
        item.setId("module-" + folder);
        item.addClassName("editor-module");
        item.add(new Span(" " + languages(module.complete())));
        item.add(moves("module", folder, title, by -> modules.move(courseId, folder, by)));
        item.add(new ModuleTexts(modules, courseId, folder, changed));
        Button remove = new Button(
                getTranslation("editor.remove"),
                event -> Confirm.ask(
                        getTranslation("editor.module.remove-title", title),
                        getTranslation("editor.module.remove-text"),
                        getTranslation("editor.remove"),
                        true,
                        () -> act(() -> modules.remove(courseId, folder))));
        remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        remove.setId("remove-module-" + folder);
        remove.getElement().setAttribute("aria-label", getTranslation("editor.remove-named", title));
        OrderedList lessonList = new OrderedList();
        lessonList.addClassName("editor-lessons");
        module.lessons().forEach(lesson -> lessonList.add(lesson(folder, lesson)));
        Anchor quiz = new Anchor(
                EditorLinks.quiz(courseId, folder),
                module.quizQuestions() == 0
                        ? getTranslation("editor.quiz.none")
                        : getTranslation("editor.module.quiz", module.quizQuestions()));
        quiz.setId(EditorIds.quiz(folder));
        quiz.getElement().setAttribute("router-link", true);
        item.add(
                remove,
                lessonList,
                adder(
                        EditorIds.newLesson(folder),
                        "editor.lesson.add",
                        t -> lessons.add(courseId, folder, defaultLanguage, t)),
                new Paragraph(quiz));
        return item;
    }

    private ListItem lesson(String folder, LessonOutline lesson) {
        String title = text(lesson.titles(), lesson.name());
        Anchor link = new Anchor(EditorLinks.lesson(courseId, folder, lesson.name()), title);
        link.getElement().setAttribute("router-link", true);
        link.setId(EditorIds.lesson(folder, lesson.name()));
        ListItem item = new ListItem(link);
        item.addClassName("editor-lesson");
        StringBuilder facts = new StringBuilder(" ").append(languages(lesson.complete()));
        long media = lesson.mediaBytes().values().stream()
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);
        if (media > 0) {
            facts.append(" · ").append(getTranslation("editor.lesson.media", Sizes.of(media, getLocale())));
        }
        Span about = new Span(facts.toString());
        about.addClassName("lesson-facts");
        item.add(about);
        item.add(moves(
                "lesson",
                folder + "-" + lesson.name(),
                title,
                by -> lessons.move(courseId, folder, lesson.name(), by)));
        Button remove = new Button(
                getTranslation("editor.remove"),
                event -> Confirm.ask(
                        getTranslation("editor.lesson.remove-title", title),
                        getTranslation("editor.lesson.remove-text"),
                        getTranslation("editor.remove"),
                        true,
                        () -> act(() -> lessons.remove(courseId, folder, lesson.name()))));
        remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        remove.getElement().setAttribute("aria-label", getTranslation("editor.remove-named", title));
        item.add(remove);
        return item;
    }

    /** Up and down buttons; after a move the page is redrawn and the focus returns to the same button. */
    private Span moves(String kind, String key, String title, Consumer<Integer> move) {
        Span moves = new Span();
        moves.addClassName("moves");
        for (int by : new int[] {-1, 1}) {
            String id = kind + (by < 0 ? "-up-" : "-down-") + key;
            Button button = new Button(by < 0 ? "↑" : "↓", event -> {
                if (act(() -> move.accept(by))) {
                    UI.getCurrent().getPage().executeJs("document.getElementById($0)?.focus()", id);
                }
            });
            button.setId(id);
            button.addThemeVariants(ButtonVariant.TERTIARY);
            button.getElement()
                    .setAttribute("aria-label", getTranslation(by < 0 ? "editor.move-up" : "editor.move-down", title));
            button.setTooltipText(getTranslation(by < 0 ? "editor.move-up" : "editor.move-down", title));
            moves.add(button);
        }
        return moves;
    }

    /**
     * Makes a change and shows the course as it is now; a change refused (e.g. a co-author removed that module
     * meanwhile) is told here in the reader's language and nothing else happens.
     */
    private boolean act(Runnable change) {
        try {
            change.run();
        } catch (Refused refused) {
            problem.sayError(getTranslation(refused.key(), refused.arguments()));
            return false;
        }
        changed.run();
        return true;
    }

    private Div adder(String id, String labelKey, Consumer<String> add) {
        TextField title = new TextField();
        title.setId(id);
        title.setPlaceholder(getTranslation("editor.new-title", defaultLanguage.nativeName()));
        title.getElement().setAttribute("aria-label", getTranslation(labelKey));
        title.setMaxLength(200);
        Button button = new Button(getTranslation(labelKey), event -> {
            try {
                add.accept(title.getValue());
                changed.run();
            } catch (Refused refused) {
                title.setErrorMessage(getTranslation(refused.key(), refused.arguments()));
                title.setInvalid(true);
            }
        });
        button.setId(EditorIds.addButton(id));
        title.addKeyPressListener(Key.ENTER, event -> button.click());
        Div adder = new Div(title, button);
        adder.addClassName("adder");
        return adder;
    }

    private String text(Map<Language, String> texts, String otherwise) {
        String text = texts.getOrDefault(reader, texts.get(defaultLanguage));
        return text == null || text.isBlank() ? otherwise : text;
    }

    private String languages(Set<Language> complete) {
        if (complete.isEmpty()) {
            return getTranslation("editor.complete.none");
        }
        return getTranslation(
                "editor.complete.in",
                String.join(", ", complete.stream().map(Language::code).toList()));
    }
}
