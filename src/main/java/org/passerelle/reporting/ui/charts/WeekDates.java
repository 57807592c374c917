package org.passerelle.reporting.ui.charts;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The dates under the weekly bars: short, in the reader's language ("Nov 23", "23 nov.", "11月23日"), under at
 * most six weeks counted back from the latest, which is in bold; every other one is hidden in a narrow chart
 * ({@code chart-minor}) so that they never run into each other.
 */
final class WeekDates {

    private static final int DATES = 6;

    private WeekDates() {}

    /** {@code slot} is the width of a week in percent of the chart's. */
    static void draw(MarkupWriter markup, ChartReader reader, List<ActivityWeek> weeks, double slot, double y) {
        DateTimeFormatter shortDay =
                DateTimeFormatter.ofLocalizedPattern("MMMd").withLocale(reader.locale());
        int latest = weeks.size() - 1;
        int step = Math.max(1, (weeks.size() + DATES - 1) / DATES);
        markup.open("g", "text-anchor", "middle");
        for (int k = 0, i = latest; i >= 0; k++, i -= step) {
            // Dates at the edges are aligned to the edge rather than centred, so they are not cut off.
            // The latest date ends where its bar ends, unless the chart is so young that it would reach past the start.
            boolean endAligned = i == latest && i >= 2;
            String anchor = endAligned ? "end" : i < 3 ? "start" : null;
            double x = endAligned ? (i + 1) * slot : i < 3 ? i * slot : (i + 0.5) * slot;
            markup.element(
                    "text",
                    shortDay.format(weeks.get(i).weekStart()),
                    "x",
                    reader.x(x),
                    "y",
                    ChartReader.em(y),
                    "text-anchor",
                    anchor,
                    "font-weight",
                    i == latest ? "700" : null,
                    "class",
                    k % 2 == 1 ? "chart-minor" : null);
        }
        markup.close("g");
    }
}
