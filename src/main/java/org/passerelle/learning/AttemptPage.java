package org.passerelle.learning;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.passerelle.assessment.QuestionType;
import org.passerelle.assessment.Response;
import org.passerelle.shared.Language;

/**
 * An open attempt as the learner answers it. It holds what the learner may see and nothing more: no
 * weights, no right answers, no feedback, which exist only on the server until the attempt is graded.
 *
 * @param deadline when the attempt closes by itself, or null without a time limit
 * @param saved the answers saved so far, by question id
 */
public record AttemptPage(
        long attemptId,
        String courseId,
        String module,
        String title,
        int number,
        @Nullable Instant deadline,
        Language shownIn,
        List<Question> questions,
        Map<String, Response> saved) {

    /**
     * @param html the question's text, safe; for a missing-word question the text before the blank
     * @param htmlAfter for a missing-word question, the text after the blank; otherwise null
     * @param options choices in the order shown, each with the index its response uses
     * @param lefts for matching, the items to match, in the order of their indexes
     */
    public record Question(
            String id,
            QuestionType type,
            String html,
            @Nullable String htmlAfter,
            List<Option> options,
            List<String> lefts) {}

    public record Option(int index, String html) {}
}
