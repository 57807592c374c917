package org.passerelle.catalog.ui.edit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
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
        name.setValue(id);
        name.setHelperText(getTranslation("editor.quiz.id.help"));
        name.setId("question-id");
        name.setManualValidation(true);
        name.addValueChangeListener(change -> rename(name, change.getValue()));

        Select<QuestionType> type = new Select<>();
        type.setLabel(getTranslation("editor.quiz.type"));
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(this::typeName);
        type.setValue(question.type);
        type.setId("question-type");
        type.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                quiz.changeType(this.id, change.getValue());
                changed.accept(this.id);
                show(quiz, this.id, language);
            }
        });

        TextArea text = new TextArea(getTranslation("editor.quiz.text", formatName(question)));
        text.setValue(question.text);
        text.setPlaceholder(hints.text);
        text.setId("question-text");
        text.setWidthFull();
        text.addValueChangeListener(change -> {
            question.text = change.getValue();
            changed.accept(this.id);
        });

        TextField after = new TextField(getTranslation("editor.quiz.text-after"));
        after.setValue(question.textAfter);
        after.setPlaceholder(hints.textAfter);
        after.setHelperText(getTranslation("editor.quiz.text-after.help"));
        after.setId("question-text-after");
        after.setWidthFull();
        after.addValueChangeListener(change -> question.textAfter = change.getValue());

        TextArea feedback = new TextArea(getTranslation("editor.quiz.general-feedback"));
        feedback.setValue(question.generalFeedback);
        feedback.setPlaceholder(hints.generalFeedback);
        feedback.setId("question-feedback");
        feedback.setWidthFull();
        feedback.addValueChangeListener(change -> question.generalFeedback = change.getValue());

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
        note.setId("question-untranslated");
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

    private void rename(TextField field, String typed) {
        Optional<String> refused = quiz.rename(id, typed);
        if (refused.isPresent()) {
            field.setErrorMessage(getTranslation(refused.get()));
            field.setInvalid(true);
            return;
        }
        field.setInvalid(false);
        id = typed.strip();
        changed.accept(id);
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
