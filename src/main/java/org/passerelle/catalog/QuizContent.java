package org.passerelle.catalog;

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
        String showCorrectAnswers,
        boolean fromGift,
        Map<Language, List<GiftQuestion>> questions) {

    public int questionCount() {
        return questions.values().stream().mapToInt(List::size).max().orElse(0);
    }
}
