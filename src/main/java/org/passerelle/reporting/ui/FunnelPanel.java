package org.passerelle.reporting.ui;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.passerelle.reporting.CohortReport;
import org.passerelle.reporting.ui.charts.FunnelChart;
import org.passerelle.reporting.ui.charts.FunnelStage;

/** How many learners reached and completed each module, as a chart with its numbers as a table. */
class FunnelPanel extends Div {

    FunnelPanel(List<CohortReport.Stage> stages, String title) {
        setId("dashboard-funnel");
        boolean severalCourses =
                stages.stream().map(CohortReport.Stage::courseTitle).distinct().count() > 1;
        add(new FunnelChart(
                title,
                stages.stream()
                        .map(stage -> new FunnelStage(
                                severalCourses
                                        ? stage.courseTitle() + " · " + stage.moduleTitle()
                                        : stage.moduleTitle(),
                                stage.reached(),
                                stage.completed()))
                        .toList()));
    }
}
