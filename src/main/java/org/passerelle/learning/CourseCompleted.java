package org.passerelle.learning;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A learner met the completion rule of the course version they are enrolled in. Published once per
 * enrolment, in the transaction that completed it; the publication is stored, so it survives a crash.
 *
 * @param score the average of the best scores of the course's quizzes, or null when it has none
 */
public record CourseCompleted(
        long enrolmentId,
        long userId,
        String courseId,
        long versionId,
        int versionNumber,
        @Nullable BigDecimal score,
        Instant completedAt) {}
