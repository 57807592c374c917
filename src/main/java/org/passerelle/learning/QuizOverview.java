package org.passerelle.learning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.passerelle.shared.Language;

/**
 * A quiz before (or between) attempts: its rules, the learner's attempts so far, and what they may do now.
 *
 * @param attemptsAllowed 0 when unlimited
 * @param timeLimitMinutes 0 when none
 * @param openAttempt the attempt in progress, to resume, or null
 */
public record QuizOverview(
        String courseId,
        String module,
        String title,
        Language shownIn,
        int questions,
        int passingScore,
        int attemptsAllowed,
        int timeLimitMinutes,
        List<Past> attempts,
        BigDecimal bestScore,
        boolean passed,
        Long openAttempt,
        boolean canStart) {

    public record Past(long id, int number, BigDecimal score, boolean passed, Instant submittedAt) {}
}
