package org.passerelle.assessment;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A question as written in GIFT.
 *
 * @param title the question's id ({@code ::title::}); the same in every language of a quiz
 * @param category the last {@code $CATEGORY:} before it, or null
 * @param textAfter for missing-word questions, the text after the blank; otherwise null
 * @param answer for true/false questions, the right answer; otherwise null
 * @param feedbackIfRight for true/false questions, shown after a right answer
 * @param feedbackIfWrong for true/false questions, shown after a wrong answer
 * @param answers choices, accepted short answers or numeric ranges
 * @param pairs for matching questions
 * @param line where the question starts in its file
 */
public record GiftQuestion(
        String title,
        @Nullable String category,
        TextFormat format,
        String text,
        @Nullable String textAfter,
        QuestionType type,
        @Nullable Boolean answer,
        String feedbackIfRight,
        String feedbackIfWrong,
        List<GiftAnswer> answers,
        List<MatchPair> pairs,
        String generalFeedback,
        int line) {

    public GiftQuestion {
        answers = answers == null ? List.of() : List.copyOf(answers);
        pairs = pairs == null ? List.of() : List.copyOf(pairs);
    }

    /** The same question, without where it was read: what two files with the same questions share. */
    public GiftQuestion withoutLine() {
        return new GiftQuestion(
                title,
                category,
                format,
                text,
                textAfter,
                type,
                answer,
                feedbackIfRight,
                feedbackIfWrong,
                answers,
                pairs,
                generalFeedback,
                0);
    }

    public boolean missingWord() {
        return textAfter != null;
    }
}
