package org.passerelle.learning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.passerelle.shared.Language;

/**
 * A quiz before (or between) attempts: its rules, the learner's attempts so far, and what they may do now.
 *
 * @param attemptsAllowed empty when unlimited
 * @param timeLimitMinutes empty when none
 * @param openAttempt the attempt in progress, to resume, or null
 */
public record QuizOverview(
        String courseId,
        String module,
        String title,
        Language shownIn,
        int questions,
        int passingScore,
        OptionalInt attemptsAllowed,
        OptionalInt timeLimitMinutes,
        List<Past> attempts,
        BigDecimal bestScore,
        boolean passed,
        Long openAttempt,
        boolean canStart) {

    public record Past(long id, int number, BigDecimal score, boolean passed, Instant submittedAt) {}
}
