package org.passerelle.catalog;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.passerelle.assessment.GiftQuestion;
import org.passerelle.shared.Language;

/**
 * A module's quiz: its settings and its questions per language, the same whether they were written in
 * GIFT files or in quiz.yaml.
 *
 * @param fromGift true when the questions came from GIFT files
 */
public record QuizContent(
        int passingScore,
        int attempts,
        int timeLimitMinutes,
        boolean shuffle,
        int draw,
        ShowCorrectAnswers showCorrectAnswers,
        boolean fromGift,
        Map<Language, List<GiftQuestion>> questions) {

    /** A quiz not written yet: every setting at its default, no question. */
    static QuizContent started() {
        return new QuizContent(
                ContentLimits.PASSING_SCORE.byDefault(),
                ContentLimits.QUIZ_ATTEMPTS.byDefault(),
                ContentLimits.QUIZ_TIME_LIMIT_MINUTES.byDefault(),
                true,
                ContentLimits.QUIZ_DRAW.byDefault(),
                ShowCorrectAnswers.AFTER_SUBMIT,
                true,
                new EnumMap<>(Language.class));
    }

    public int questionCount() {
        return questions.values().stream().mapToInt(List::size).max().orElse(0);
    }
}
