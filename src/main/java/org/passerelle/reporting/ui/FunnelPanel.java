package org.passerelle.reporting.ui;

import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.reporting.CohortReport;
import org.passerelle.reporting.ui.charts.FunnelChart;
import org.passerelle.reporting.ui.charts.FunnelStage;

/**
 * How many learners reached and completed each module, one chart per course of the cohort (shares are of the
 * course's first module), each with its numbers as a table.
 */
class FunnelPanel extends Div {

    FunnelPanel(List<CohortReport.Stage> stages, String title) {
        setId(ReportingIds.DASHBOARD_FUNNEL);
        Map<String, List<FunnelStage>> byCourse = new LinkedHashMap<>();
        for (CohortReport.Stage stage : stages) {
            byCourse.computeIfAbsent(stage.courseTitle(), course -> new ArrayList<>())
                    .add(new FunnelStage(stage.moduleTitle(), stage.reached(), stage.completed()));
        }
        if (byCourse.isEmpty()) {
            add(new FunnelChart(title, List.of()));
        }
        byCourse.forEach((course, modules) ->
                add(new FunnelChart(byCourse.size() == 1 ? title : title + " — " + course, modules)));
    }
}
