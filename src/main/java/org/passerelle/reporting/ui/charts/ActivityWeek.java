package org.passerelle.reporting.ui.charts;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One week of a cohort's activity.
 *
 * @param weekStart the first day of the week
 * @param active learners who did something that week (opened a lesson, answered a quiz)
 * @param completions courses completed that week, when the caller counts them
 */
public record ActivityWeek(LocalDate weekStart, long active, OptionalLong completions) {

    public ActivityWeek {
        Objects.requireNonNull(weekStart, "weekStart");
        Objects.requireNonNull(completions, "completions");
        if (active < 0 || completions.orElse(0) < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** A week counted without completions. */
    public ActivityWeek(LocalDate weekStart, long active) {
        this(weekStart, active, OptionalLong.empty());
    }

    public ActivityWeek(LocalDate weekStart, long active, long completions) {
        this(weekStart, active, OptionalLong.of(completions));
    }
}
