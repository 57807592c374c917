package org.passerelle.reporting.ui.charts;

import java.util.ArrayList;
import java.util.List;

/** A few round values for a count axis (0, 50, 100, 150): a reader compares bars against them at a glance. */
record Ticks(List<Long> values) {

    /** From zero to the first round value at or above {@code highest}, in at most about four steps of 1, 2 or 5 × 10ⁿ. */
    static Ticks upTo(long highest) {
        long step = step(Math.max(1, highest));
        long top = Math.max(step, ((highest + step - 1) / step) * step);
        List<Long> values = new ArrayList<>();
        for (long value = 0; value <= top; value += step) {
            values.add(value);
        }
        return new Ticks(List.copyOf(values));
    }

    private static long step(long highest) {
        double rough = highest / 4.0;
        long magnitude = 1;
        while (magnitude * 10 <= rough) {
            magnitude *= 10;
        }
        for (long multiple : new long[] {1, 2, 5, 10}) {
            if (multiple * magnitude >= rough) {
                return multiple * magnitude;
            }
        }
        return 10 * magnitude;
    }

    long top() {
        return values.getLast();
    }
}
