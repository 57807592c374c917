package org.passerelle.catalog;

import java.util.List;
import java.util.Map;
import org.passerelle.assessment.GiftQuestion;
import org.passerelle.shared.Language;

/**
 * A module's quiz: its settings and its questions per language. Questions written in YAML are kept as
 * their titles only for now ({@code yamlQuestionIds}); GIFT questions are fully read.
 */
public record QuizContent(
        int passingScore,
        int attempts,
        int timeLimitMinutes,
        boolean shuffle,
        int draw,
        String showCorrectAnswers,
        Map<Language, List<GiftQuestion>> giftQuestions,
        List<String> yamlQuestionIds) {

    public int questionCount() {
        return giftQuestions.isEmpty()
                ? yamlQuestionIds.size()
                : giftQuestions.values().iterator().next().size();
    }
}
