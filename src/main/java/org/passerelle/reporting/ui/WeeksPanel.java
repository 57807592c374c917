package org.passerelle.reporting.ui;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.passerelle.reporting.CohortReport;
import org.passerelle.reporting.ui.charts.ActivityWeek;
import org.passerelle.reporting.ui.charts.WeeklyActivityChart;

/**
 * Learners active and courses completed, week by week since the cohort began (see {@code CohortReport.weeks}), as a
 * chart with its numbers as a table.
 */
class WeeksPanel extends Div {

    WeeksPanel(List<CohortReport.Week> weeks, String title) {
        setId(ReportingIds.DASHBOARD_WEEKS);
        addClassName("dashboard-panel");
        add(new WeeklyActivityChart(
                title,
                weeks.stream()
                        .map(week -> new ActivityWeek(week.start(), week.active(), week.completions()))
                        .toList()));
    }
}
