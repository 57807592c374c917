package org.passerelle.reporting;

import java.math.BigDecimal;

/** One country's cohorts together, for administrators comparing countries. */
public record CountryComparison(
        String country, int cohorts, int learners, int activeLastWeek, int completed, BigDecimal averageBestScore) {

    public int completionRate() {
        return learners == 0 ? 0 : completed * 100 / learners;
    }
}
