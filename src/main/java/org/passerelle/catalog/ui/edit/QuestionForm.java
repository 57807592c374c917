package org.passerelle.catalog.ui.edit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.Optional;
import java.util.function.Consumer;
import org.passerelle.assessment.QuestionType;
import org.passerelle.shared.Language;
import org.passerelle.shared.ui.WrittenIn;

/**
 * The question being edited, in one language: its id (the same in every language), type, text, answers and
 * feedback. A question not written in this language yet offers to start its translation.
 */
class QuestionForm extends Div {

    private final Consumer<String> changed;
    private QuizQuestions quiz;
    private String id;
    private Language language;

    /** @param changed told the question's id (new after a rename) whenever the list should show a change */
    QuestionForm(Consumer<String> changed) {
        this.changed = changed;
        setId("question-form");
        getStyle().set("flex", "2 1 24rem").set("min-width", "0");
    }

    void show(QuizQuestions quiz, String id, Language language) {
        this.quiz = quiz;
        this.id = id;
        this.language = language;
        removeAll();
        if (id == null) {
            add(hint("editor.quiz.choose"));
            return;
        }
        Optional<EditedQuestion> written = quiz.in(id, language);
        if (written.isEmpty()) {
            untranslated();
            return;
        }
        EditedQuestion question = written.get();
        EditedQuestion reference = quiz.reference(id);
        // Placeholders help a translator; in the language the question was first written, they would only confuse.
        EditedQuestion hints = reference == question ? new EditedQuestion() : reference;

        TextField name = new TextField(getTranslation("editor.quiz.id"));
        name.setHelperText(getTranslation("editor.quiz.id.help"));
        name.setId("question-id");
        name.setManualValidation(true);
        Select<QuestionType> type = new Select<>();
        type.setLabel(getTranslation("editor.quiz.type"));
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(this::typeName);
        type.setId("question-type");
        TextArea text = new TextArea(getTranslation("editor.quiz.text", formatName(question)));
        text.setPlaceholder(hints.text);
        text.setId(EditorIds.QUESTION_TEXT);
        text.setWidthFull();
        TextField after = new TextField(getTranslation("editor.quiz.text-after"));
        after.setPlaceholder(hints.textAfter);
        after.setHelperText(getTranslation("editor.quiz.text-after.help"));
        after.setId("question-text-after");
        after.setWidthFull();
        TextArea feedback = new TextArea(getTranslation("editor.quiz.general-feedback"));
        feedback.setPlaceholder(hints.generalFeedback);
        feedback.setId("question-feedback");
        feedback.setWidthFull();

        // Every change is written into the question at once (the quiz is saved whole, later); a refused id is not.
        Binder<EditedQuestion> binder = new Binder<>();
        binder.forField(name)
                .withValidator((typed, context) -> quiz.renameRefusal(this.id, typed)
                        .map(key -> ValidationResult.error(getTranslation(key)))
                        .orElseGet(ValidationResult::ok))
                .bind(q -> q.id, (q, typed) -> rename(typed));
        binder.forField(type).bind(q -> q.type, (q, next) -> quiz.changeType(this.id, next));
        binder.forField(text).bind(q -> q.text, (q, typed) -> q.text = typed);
        binder.forField(after).bind(q -> q.textAfter, (q, typed) -> q.textAfter = typed);
        binder.forField(feedback).bind(q -> q.generalFeedback, (q, typed) -> q.generalFeedback = typed);
        binder.setBean(question);
        // The list shows each question's text; another type has other answers to show.
        text.addValueChangeListener(change -> changed.accept(this.id));
        type.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                changed.accept(this.id);
                show(quiz, this.id, language);
            }
        });

        Div head = new Div(name, type);
        head.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0 0.75rem");
        WrittenIn.field(text, language);
        WrittenIn.field(after, language);
        WrittenIn.field(feedback, language);
        add(head, text, after, new AnswerFields(question, hints, language), feedback);
    }

    private void untranslated() {
        EditedQuestion reference = quiz.reference(id);
        Paragraph note = new Paragraph(getTranslation(
                "editor.quiz.untranslated",
                language.nativeName(),
                quiz.defaultLanguage().nativeName()));
        note.setId(EditorIds.QUESTION_UNTRANSLATED);
        note.addClassName("fallback-note");
        Paragraph original = new Paragraph(reference.text);
        original.addClassName("hint");
        WrittenIn.language(original, quiz.defaultLanguage());
        Button translate = new Button(getTranslation("editor.quiz.translate", language.nativeName()), click -> {
            quiz.translate(id, language);
            changed.accept(id);
            show(quiz, id, language);
        });
        translate.setId("question-translate");
        add(note, original, translate);
    }

    private void rename(String typed) {
        if (quiz.rename(id, typed).isEmpty()) {
            id = typed.strip();
            changed.accept(id);
        }
    }

    private String typeName(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE -> getTranslation("editor.quiz.type.single-choice");
            case MULTIPLE_CHOICE -> getTranslation("editor.quiz.type.multiple-choice");
            case TRUE_FALSE -> getTranslation("editor.quiz.type.true-false");
            case SHORT_ANSWER -> getTranslation("editor.quiz.type.short-answer");
            case NUMERIC -> getTranslation("editor.quiz.type.numeric");
            case MATCHING -> getTranslation("editor.quiz.type.matching");
        };
    }

    private String formatName(EditedQuestion question) {
        return switch (question.format) {
            case MARKDOWN -> "Markdown";
            case HTML -> "HTML";
            case MOODLE -> "Moodle";
            case PLAIN -> getTranslation("editor.quiz.plain-text");
        };
    }

    private Component hint(String key) {
        Paragraph hint = new Paragraph(getTranslation(key));
        hint.addClassName("hint");
        return hint;
    }
}
