package org.passerelle.catalog.ui.edit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.passerelle.shared.Language;

/**
 * The quiz's questions in one language, in order: open one to edit it, move it up or down, remove it, add a new
 * one. Every action is a button, so the list works with the keyboard alone; a question not written in this
 * language yet says so and shows the default language's text.
 */
class QuestionList extends Div {

    private final OrderedList items = new OrderedList();
    private final Paragraph empty = new Paragraph();
    private final Consumer<String> opened;
    private final BiConsumer<String, Integer> moved;
    private final Consumer<String> removed;

    QuestionList(Consumer<String> opened, BiConsumer<String, Integer> moved, Consumer<String> removed, Runnable added) {
        this.opened = opened;
        this.moved = moved;
        this.removed = removed;
        items.setId(EditorIds.QUESTION_LIST);
        items.getStyle()
                .set("list-style", "none")
                .set("padding-inline-start", "0")
                .set("margin-block", "0 0.5rem");
        items.getElement().setAttribute("aria-label", getTranslation("editor.quiz.questions"));
        empty.setText(getTranslation("editor.quiz.no-questions"));
        empty.addClassName("hint");
        empty.setId("question-list-empty");
        Button add = new Button(getTranslation("editor.quiz.add"), click -> added.run());
        add.setId("question-add");
        add(items, empty, add);
        getStyle().set("flex", "1 1 18rem").set("min-width", "0");
    }

    /** Shows the list; {@code focus} names the button to give the keyboard focus to, e.g. after a move. */
    void show(QuizQuestions quiz, Language language, String selected, String focus) {
        items.removeAll();
        List<String> ids = quiz.ids();
        empty.setVisible(ids.isEmpty());
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            boolean written = quiz.in(id, language).isPresent();
            EditedQuestion shown = written ? quiz.in(id, language).get() : quiz.reference(id);
            String label = getTranslation(
                    written ? "editor.quiz.item" : "editor.quiz.item.untranslated", i + 1, id, snippet(shown.text));
            // A native button: long question texts wrap inside it, and it is reachable with the keyboard.
            NativeButton open = new NativeButton(label, click -> opened.accept(id));
            open.setId(EditorIds.question(i));
            open.getElement().setAttribute("dir", "auto"); // the question's text may not be in the interface's language
            open.getStyle()
                    .set("flex", "1 1 14rem")
                    .set("text-align", "start")
                    .set("font", "inherit")
                    .set("padding", "0.4rem 0.6rem")
                    .set("cursor", "pointer")
                    .set("border-radius", "var(--vaadin-radius-m, 6px)")
                    .set("border", "1px solid var(--vaadin-border-color-secondary, #ccc)")
                    .set("background", "transparent")
                    .set("color", "inherit");
            if (id.equals(selected)) {
                open.getElement().setAttribute("aria-current", "true");
                open.getStyle()
                        .set("font-weight", "600")
                        .set("border", "2px solid var(--vaadin-focus-ring-color, #0b5c8f)");
            }
            Button up = small("↑", "editor.quiz.move-up", "question-up-" + i, () -> moved.accept(id, -1));
            up.setEnabled(i > 0);
            Button down = small("↓", "editor.quiz.move-down", "question-down-" + i, () -> moved.accept(id, 1));
            down.setEnabled(i < ids.size() - 1);
            Button remove = small(
                    getTranslation("editor.quiz.remove"),
                    "editor.quiz.remove",
                    "question-remove-" + i,
                    () -> removed.accept(id));
            remove.addThemeVariants(ButtonVariant.ERROR);
            Div actions = new Div(up, down, remove);
            actions.getStyle().set("display", "flex").set("gap", "0.25rem");
            ListItem item = new ListItem(open, actions);
            item.getStyle()
                    .set("display", "flex")
                    .set("flex-wrap", "wrap")
                    .set("align-items", "center")
                    .set("justify-content", "space-between")
                    .set("gap", "0.25rem")
                    .set("margin-block", "0.25rem");
            items.add(item);
            if (focus != null) {
                List.of(up, down).stream()
                        .filter(button -> focus.equals(button.getId().orElse("")) && button.isEnabled())
                        .findFirst()
                        .ifPresent(Button::focus);
            }
        }
    }

    private Button small(String text, String label, String id, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.SMALL);
        button.getElement().setAttribute("aria-label", getTranslation(label));
        button.getElement().setAttribute("title", getTranslation(label));
        return button;
    }

    private static String snippet(String text) {
        String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return line.length() > 80 ? line.substring(0, 79) + "…" : line;
    }
}
