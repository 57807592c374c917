package org.passerelle.learning;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A course in the learner's My learning.
 *
 * @param next the next step to continue with, null when completed
 */
public record MyCourse(
        String courseId,
        String title,
        int versionNumber,
        int stepsDone,
        int stepsTotal,
        Instant lastActivity,
        Instant completedAt,
        BigDecimal score,
        @Nullable StepRef next) {

    public boolean completed() {
        return completedAt != null;
    }

    public int percent() {
        return stepsTotal == 0 ? 0 : stepsDone * 100 / stepsTotal;
    }
}
