package org.passerelle.catalog.ui.edit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.passerelle.assessment.QuestionType;
import org.passerelle.shared.Language;
import org.passerelle.shared.ui.WrittenIn;

/**
 * The answers of one question, by type: choices with the right one or credits, accepted short answers, numeric
 * values, the true/false answer, or matching pairs — each with its feedback. Fields write into the question as
 * the author types; in a translation, the reference language's texts are shown as placeholders.
 */
class AnswerFields extends Div {

    private final EditedQuestion question;
    private final EditedQuestion reference;
    private final Language language;

    AnswerFields(EditedQuestion question, EditedQuestion reference, Language language) {
        this.question = question;
        this.reference = reference;
        this.language = language;
        setId("question-answers");
        render();
    }

    private void render() {
        removeAll();
        switch (question.type) {
            case TRUE_FALSE -> truth();
            case MATCHING -> pairs();
            default -> answers();
        }
    }

    private void answers() {
        QuestionType type = question.type;
        String label = switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> "editor.quiz.choice";
            case NUMERIC -> "editor.quiz.value";
            default -> "editor.quiz.accepted";
        };
        for (int i = 0; i < question.answers.size(); i++) {
            EditedQuestion.Answer answer = question.answers.get(i);
            EditedQuestion.Answer hint = i < reference.answers.size() ? reference.answers.get(i) : null;
            TextField text =
                    text(getTranslation(label, i + 1), "answer-text-" + i, answer.text, value -> answer.text = value);
            if (type == QuestionType.NUMERIC) {
                text.setHelperText(getTranslation("editor.quiz.value.help"));
            } else if (hint != null) {
                text.setPlaceholder(hint.text);
            }
            Component credit;
            if (type == QuestionType.SINGLE_CHOICE) {
                Checkbox right = new Checkbox(getTranslation("editor.quiz.right"), isRight(answer));
                right.setId("answer-right-" + i);
                right.addValueChangeListener(change -> {
                    if (change.isFromClient()) {
                        // Exactly one right choice: checking one unchecks the others; wrong choices keep a penalty.
                        for (EditedQuestion.Answer other : question.answers) {
                            if (other == answer) {
                                other.weight = change.getValue() ? "100" : "0";
                            } else if (change.getValue() && isRight(other)) {
                                other.weight = "0";
                            }
                        }
                        render();
                    }
                });
                credit = right;
            } else {
                TextField weight = text(
                        getTranslation("editor.quiz.credit"),
                        "answer-weight-" + i,
                        answer.weight,
                        value -> answer.weight = value);
                weight.setWidth("7rem");
                credit = weight;
            }
            TextField feedback = text(
                    getTranslation("editor.quiz.answer-feedback"),
                    "answer-feedback-" + i,
                    answer.feedback,
                    value -> answer.feedback = value);
            if (hint != null) {
                feedback.setPlaceholder(hint.feedback);
            }
            Button remove = removeButton("answer-remove-" + i, () -> question.answers.remove(answer));
            add(row(text, credit, feedback, remove));
        }
        String addLabel = EditedQuestion.isChoice(type) ? "editor.quiz.add-choice" : "editor.quiz.add-answer";
        add(addButton(
                addLabel,
                "answer-add",
                () -> question.answers.add(
                        new EditedQuestion.Answer("", EditedQuestion.isChoice(type) ? "0" : "100", ""))));
    }

    private void truth() {
        Select<Boolean> truth = new Select<>();
        truth.setLabel(getTranslation("editor.quiz.truth"));
        truth.setItems(Boolean.TRUE, Boolean.FALSE);
        truth.setItemLabelGenerator(value -> getTranslation(value ? "editor.quiz.true" : "editor.quiz.false"));
        truth.setValue(question.truth);
        truth.setId("question-truth");
        truth.addValueChangeListener(change -> question.truth = Boolean.TRUE.equals(change.getValue()));
        TextField right = text(
                getTranslation("editor.quiz.feedback-right"),
                "question-feedback-right",
                question.feedbackIfRight,
                v -> question.feedbackIfRight = v);
        right.setPlaceholder(reference.feedbackIfRight);
        TextField wrong = text(
                getTranslation("editor.quiz.feedback-wrong"),
                "question-feedback-wrong",
                question.feedbackIfWrong,
                v -> question.feedbackIfWrong = v);
        wrong.setPlaceholder(reference.feedbackIfWrong);
        add(row(truth), row(right, wrong));
    }

    private void pairs() {
        for (int i = 0; i < question.pairs.size(); i++) {
            EditedQuestion.Pair pair = question.pairs.get(i);
            EditedQuestion.Pair hint = i < reference.pairs.size() ? reference.pairs.get(i) : null;
            TextField left =
                    text(getTranslation("editor.quiz.left", i + 1), "pair-left-" + i, pair.left, v -> pair.left = v);
            TextField right = text(
                    getTranslation("editor.quiz.right-side", i + 1),
                    "pair-right-" + i,
                    pair.right,
                    v -> pair.right = v);
            if (hint != null) {
                left.setPlaceholder(hint.left);
                right.setPlaceholder(hint.right);
            }
            add(row(left, right, removeButton("pair-remove-" + i, () -> question.pairs.remove(pair))));
        }
        add(addButton("editor.quiz.add-pair", "pair-add", () -> question.pairs.add(new EditedQuestion.Pair())));
    }

    private static boolean isRight(EditedQuestion.Answer answer) {
        return "100".equals(answer.weight.strip());
    }

    private TextField text(String label, String id, String value, Consumer<String> written) {
        TextField field = new TextField(label);
        WrittenIn.field(field, language);
        field.setValue(value == null ? "" : value);
        field.setId(id);
        field.addValueChangeListener(change -> written.accept(change.getValue()));
        return field;
    }

    private Button removeButton(String id, Runnable removal) {
        Button remove = new Button(getTranslation("editor.quiz.remove"), click -> {
            removal.run();
            render();
        });
        remove.setId(id);
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        return remove;
    }

    private Button addButton(String label, String id, Runnable addition) {
        Button add = new Button(getTranslation(label), click -> {
            addition.run();
            render();
        });
        add.setId(id);
        return add;
    }

    private static Div row(Component... fields) {
        Div row = new Div(fields);
        row.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("align-items", "baseline")
                .set("gap", "0 0.75rem");
        List.of(fields).forEach(field -> {
            if (field instanceof TextField text && !"7rem".equals(text.getWidth())) {
                text.getStyle().set("flex", "1 1 12rem");
            }
        });
        return row;
    }
}
