package org.passerelle.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.passerelle.reporting.CohortReport;

/** How many learners reached and completed each module. */
class FunnelPanel extends Div {

    FunnelPanel(List<CohortReport.Stage> stages, Component in) {
        setId("dashboard-funnel");
        Grid<CohortReport.Stage> table = new Grid<>();
        table.addThemeVariants(GridVariant.ROW_STRIPES);
        table.addColumn(stage -> stage.courseTitle() + " · " + stage.moduleTitle())
                .setHeader(in.getTranslation("dashboard.module"))
                .setFlexGrow(3);
        table.addColumn(stage -> Numbers.whole(
                        stage.reached(),
                        com.vaadin.flow.component.UI.getCurrent().getLocale()))
                .setHeader(in.getTranslation("dashboard.reached"));
        table.addColumn(stage -> Numbers.whole(
                        stage.completed(),
                        com.vaadin.flow.component.UI.getCurrent().getLocale()))
                .setHeader(in.getTranslation("dashboard.module-completed"));
        table.setItems(stages);
        table.setAllRowsVisible(true);
        add(table);
    }
}
