package org.passerelle.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A cohort at a glance: its members, how many were active in the last 7 days, how many completed every course
 * of the cohort, and the average of their best quiz scores.
 *
 * @param refreshedAt when these numbers were computed
 */
public record CohortOverview(
        long cohortId,
        String name,
        String country,
        LocalDate startsOn,
        LocalDate endsOn,
        int learners,
        int activeLastWeek,
        int completed,
        BigDecimal averageBestScore,
        Instant refreshedAt) {

    /** Completed learners in whole percent of all members. */
    public int completionRate() {
        return learners == 0 ? 0 : completed * 100 / learners;
    }
}
