package org.passerelle.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One member of a cohort in one of its courses.
 *
 * @param enrolled false when the member has not been enrolled in the course (then no progress)
 * @param percent progress in whole percent
 * @param recordId the completion record's id, or null
 */
public record RosterLine(
        String name,
        String username,
        String email,
        String courseTitle,
        boolean enrolled,
        int percent,
        Instant lastActivityAt,
        Instant completedAt,
        BigDecimal score,
        @Nullable String recordId,
        boolean recordRevoked) {}
