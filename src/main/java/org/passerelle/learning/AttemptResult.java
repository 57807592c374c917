package org.passerelle.learning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.passerelle.assessment.Response;
import org.passerelle.shared.Language;

/**
 * A graded attempt as the learner sees it afterwards. Right answers and feedback are included only when the
 * quiz's settings allow ({@code showCorrect}).
 *
 * @param attemptsLeft the attempts the learner may still start; empty when unlimited
 * @param shownIn the language of the questions, answers and feedback
 * @param next the learner's next unfinished step of the course, with its title; null once the course is completed
 */
public record AttemptResult(
        long attemptId,
        String courseId,
        String module,
        String title,
        int number,
        BigDecimal score,
        boolean passed,
        int passingScore,
        Instant submittedAt,
        boolean showCorrect,
        OptionalInt attemptsLeft,
        boolean courseCompleted,
        Language shownIn,
        @Nullable StepRef next,
        List<Question> questions) {

    /** Whether the learner may start another attempt, passed or not: an attempt left, or no limit. */
    public boolean mayRetry() {
        return attemptsLeft.isEmpty() || attemptsLeft.getAsInt() > 0;
    }

    /**
     * @param question the question as it was asked
     * @param given what the learner answered (blank when unanswered)
     * @param feedback feedback the answer calls for (safe HTML), empty unless {@code showCorrect}
     * @param correct the right answer, in the same form as {@code given}, or null unless {@code showCorrect}
     * @param generalFeedback the question's general feedback (safe HTML), or null
     */
    public record Question(
            AttemptPage.Question question,
            Response given,
            boolean right,
            BigDecimal fraction,
            List<String> feedback,
            Response correct,
            String generalFeedback) {}
}
