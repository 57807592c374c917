package org.passerelle.catalog.ui.edit;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Optional;
import org.passerelle.catalog.ContentLimits;
import org.passerelle.catalog.QuizContent;
import org.passerelle.catalog.ShowCorrectAnswers;

/**
 * A quiz's settings: passing score, attempts, time limit, shuffle, random draw and when learners see the right
 * answers. A value out of range is marked on its field and kept as typed.
 */
class QuizSettingsForm extends FormLayout {

    /** The settings as entered, all within their ranges. */
    record Settings(
            int passingScore, int attempts, int timeLimitMinutes, boolean shuffle, int draw, ShowCorrectAnswers show) {}

    private final IntegerField passingScore =
            number("quiz-passing-score", "editor.quiz.passing-score", ContentLimits.PASSING_SCORE);
    private final IntegerField attempts = number("quiz-attempts", "editor.quiz.attempts", ContentLimits.QUIZ_ATTEMPTS);
    private final IntegerField timeLimit =
            number("quiz-time-limit", "editor.quiz.time-limit", ContentLimits.QUIZ_TIME_LIMIT_MINUTES);
    private final IntegerField draw = number("quiz-draw", "editor.quiz.draw", ContentLimits.QUIZ_DRAW);
    private final Checkbox shuffle = new Checkbox();
    private final Select<ShowCorrectAnswers> show = new Select<>();

    QuizSettingsForm() {
        setId("quiz-settings");
        attempts.setHelperText(getTranslation("editor.quiz.attempts.help"));
        timeLimit.setHelperText(getTranslation("editor.quiz.time-limit.help"));
        draw.setHelperText(getTranslation("editor.quiz.draw.help"));
        shuffle.setLabel(getTranslation("editor.quiz.shuffle"));
        shuffle.setId("quiz-shuffle");
        show.setLabel(getTranslation("editor.quiz.show-answers"));
        show.setItems(ShowCorrectAnswers.values());
        show.setItemLabelGenerator(value -> switch (value) {
            case AFTER_SUBMIT -> getTranslation("editor.quiz.show-answers.after-submit");
            case AFTER_PASSING -> getTranslation("editor.quiz.show-answers.after-passing");
            case NEVER -> getTranslation("editor.quiz.show-answers.never");
        });
        show.setId("quiz-show-answers");
        add(passingScore, attempts, timeLimit, draw, show, shuffle);
    }

    void show(QuizContent quiz) {
        passingScore.setValue(quiz.passingScore());
        attempts.setValue(quiz.attempts());
        timeLimit.setValue(quiz.timeLimitMinutes());
        draw.setValue(quiz.draw());
        shuffle.setValue(quiz.shuffle());
        show.setValue(quiz.showCorrectAnswers());
    }

    /** The settings, or empty after marking every field that is out of range or not a whole number. */
    Optional<Settings> read(int questions) {
        boolean ok = valid(passingScore, ContentLimits.PASSING_SCORE)
                & valid(attempts, ContentLimits.QUIZ_ATTEMPTS)
                & valid(timeLimit, ContentLimits.QUIZ_TIME_LIMIT_MINUTES);
        if (valid(draw, ContentLimits.QUIZ_DRAW) && draw.getValue() > questions) {
            draw.setErrorMessage(getTranslation("editor.quiz.draw.too-many", draw.getValue(), questions));
            draw.setInvalid(true);
            ok = false;
        } else if (draw.isInvalid()) {
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new Settings(
                passingScore.getValue(),
                attempts.getValue(),
                timeLimit.getValue(),
                shuffle.getValue(),
                draw.getValue(),
                show.getValue() == null ? ShowCorrectAnswers.AFTER_SUBMIT : show.getValue()));
    }

    private boolean valid(IntegerField field, ContentLimits.Range range) {
        Integer value = field.getValue();
        boolean valid = value != null && range.allows(value);
        field.setErrorMessage(valid ? null : getTranslation("editor.quiz.whole-number", range.min(), range.max()));
        field.setInvalid(!valid);
        return valid;
    }

    private IntegerField number(String id, String label, ContentLimits.Range range) {
        IntegerField field = new IntegerField(getTranslation(label));
        field.setId(id);
        field.setManualValidation(true);
        field.setMin(range.min());
        field.setMax(range.max());
        field.setStepButtonsVisible(true);
        return field;
    }
}
