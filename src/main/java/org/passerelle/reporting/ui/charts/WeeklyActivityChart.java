package org.passerelle.reporting.ui.charts;

import java.util.List;
import java.util.Objects;

/**
 * Learners active week by week (and completions, when counted), the latest week stressed, with the same
 * numbers as a table behind "Show the numbers". Drawn on the server as SVG; meant for 12 to 26 weeks.
 */
public class WeeklyActivityChart extends ServerDrawnChart {

    private final String title;
    private final List<ActivityWeek> weeks;

    public WeeklyActivityChart(String title, List<ActivityWeek> weeks) {
        this.title = Objects.requireNonNull(title, "title");
        this.weeks = List.copyOf(weeks);
        addClassName("weekly-activity-chart");
    }

    @Override
    String draw(ChartReader reader) {
        return ActivityDrawing.figure(title, weeks, reader);
    }
}
