package org.passerelle.catalog.ui.edit;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.passerelle.assessment.GiftQuestion;
import org.passerelle.catalog.ContentLimits;
import org.passerelle.catalog.QuizContent;
import org.passerelle.catalog.ShowCorrectAnswers;
import org.passerelle.shared.Language;

/**
 * A quiz's settings: passing score, attempts, time limit, shuffle, random draw and when learners see the right
 * answers. A value out of range is marked on its field as soon as it is typed, and kept as typed.
 */
class QuizSettingsForm extends FormLayout {

    /** The settings as the form holds them. */
    public record Settings(
            int passingScore,
            int attempts,
            int timeLimitMinutes,
            boolean shuffle,
            int draw,
            ShowCorrectAnswers showCorrectAnswers) {

        static Settings of(QuizContent quiz) {
            return new Settings(
                    quiz.passingScore(),
                    quiz.attempts(),
                    quiz.timeLimitMinutes(),
                    quiz.shuffle(),
                    quiz.draw(),
                    quiz.showCorrectAnswers());
        }

        /** The quiz with these settings and these questions, written as GIFT. */
        QuizContent quiz(Map<Language, List<GiftQuestion>> questions) {
            return new QuizContent(
                    passingScore, attempts, timeLimitMinutes, shuffle, draw, showCorrectAnswers, true, questions);
        }
    }

    private final Binder<Settings> binder = new Binder<>(Settings.class);

    /** @param questions how many questions the quiz has now, which a random draw may not exceed */
    QuizSettingsForm(IntSupplier questions) {
        setId("quiz-settings");
        IntegerField passingScore = number("quiz-passing-score", "editor.quiz.passing-score", null);
        IntegerField attempts = number(EditorIds.QUIZ_ATTEMPTS, "editor.quiz.attempts", "editor.quiz.attempts.help");
        IntegerField timeLimit = number("quiz-time-limit", "editor.quiz.time-limit", "editor.quiz.time-limit.help");
        IntegerField draw = number("quiz-draw", "editor.quiz.draw", "editor.quiz.draw.help");
        Checkbox shuffle = new Checkbox(getTranslation("editor.quiz.shuffle"));
        shuffle.setId("quiz-shuffle");
        Select<ShowCorrectAnswers> show = new Select<>();
        show.setLabel(getTranslation("editor.quiz.show-answers"));
        show.setItems(ShowCorrectAnswers.values());
        show.setItemLabelGenerator(value -> getTranslation(
                switch (value) {
                    case AFTER_SUBMIT -> "editor.quiz.show-answers.after-submit";
                    case AFTER_PASSING -> "editor.quiz.show-answers.after-passing";
                    case NEVER -> "editor.quiz.show-answers.never";
                }));
        show.setId("quiz-show-answers");
        within(passingScore, ContentLimits.PASSING_SCORE).bind("passingScore");
        within(attempts, ContentLimits.QUIZ_ATTEMPTS).bind("attempts");
        within(timeLimit, ContentLimits.QUIZ_TIME_LIMIT_MINUTES).bind("timeLimitMinutes");
        within(draw, ContentLimits.QUIZ_DRAW)
                .withValidator((count, context) -> count <= questions.getAsInt()
                        ? ValidationResult.ok()
                        : ValidationResult.error(
                                getTranslation("editor.quiz.draw.too-many", count, questions.getAsInt())))
                .bind("draw");
        binder.forField(shuffle).bind("shuffle");
        binder.forField(show).bind("showCorrectAnswers");
        add(passingScore, attempts, timeLimit, draw, show, shuffle);
    }

    void show(QuizContent quiz) {
        binder.readRecord(Settings.of(quiz));
    }

    /** The settings, or empty after marking every field that is out of range or not a whole number. */
    Optional<Settings> read() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    private Binder.BindingBuilder<Settings, Integer> within(IntegerField field, ContentLimits.Range range) {
        return NumberFields.within(
                binder, field, range, getTranslation("editor.whole-number", range.min(), range.max()));
    }

    private IntegerField number(String id, String label, String help) {
        IntegerField field = new IntegerField(getTranslation(label));
        field.setId(id);
        if (help != null) {
            field.setHelperText(getTranslation(help));
        }
        return field;
    }
}
