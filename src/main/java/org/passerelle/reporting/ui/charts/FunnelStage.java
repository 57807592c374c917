package org.passerelle.reporting.ui.charts;

import java.util.Objects;

/**
 * One step of a funnel, e.g. a module of a course: how many learners reached it and how many completed it.
 *
 * @param label the stage's name as the reader knows it (a module title); any text, it is escaped when drawn
 * @param reached learners who reached (opened) the stage
 * @param completed learners who completed it
 */
public record FunnelStage(String label, long reached, long completed) {

    public FunnelStage {
        Objects.requireNonNull(label, "label");
        if (reached < 0 || completed < 0) {
            throw new IllegalArgumentException("counts cannot be negative: " + reached + ", " + completed);
        }
    }
}
