package org.passerelle.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.passerelle.reporting.CohortReport;

/** Learners active and courses completed, week by week. */
class WeeksPanel extends Div {

    WeeksPanel(List<CohortReport.Week> weeks, Component in) {
        setId("dashboard-weeks");
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(com.vaadin.flow.component.UI.getCurrent().getLocale());
        Grid<CohortReport.Week> table = new Grid<>();
        table.addThemeVariants(GridVariant.ROW_STRIPES);
        table.addColumn(week -> day.format(week.start())).setHeader(in.getTranslation("dashboard.week"));
        table.addColumn(week -> Numbers.whole(
                        week.active(), com.vaadin.flow.component.UI.getCurrent().getLocale()))
                .setHeader(in.getTranslation("dashboard.active"));
        table.addColumn(week -> Numbers.whole(
                        week.completions(),
                        com.vaadin.flow.component.UI.getCurrent().getLocale()))
                .setHeader(in.getTranslation("dashboard.completions"));
        table.setItems(weeks.reversed());
        table.setHeight("18rem");
        add(table);
    }
}
