package org.passerelle.learning;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where one learner stands in one course, for rosters and reports.
 *
 * @param completedAt null until the course is completed
 * @param score the course score at completion, or null
 */
public record EnrolmentStatus(
        long userId,
        String courseId,
        int versionNumber,
        int stepsDone,
        int stepsTotal,
        Instant enrolledAt,
        Instant lastActivityAt,
        @Nullable Instant completedAt,
        @Nullable BigDecimal score) {

    /** Progress in whole percent, 100 once completed. */
    public int percent() {
        if (completedAt != null) {
            return 100;
        }
        return stepsTotal == 0 ? 0 : Math.min(100, stepsDone * 100 / stepsTotal);
    }
}
