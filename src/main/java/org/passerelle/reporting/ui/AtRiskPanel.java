package org.passerelle.reporting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import org.passerelle.reporting.CohortLearners;
import org.passerelle.reporting.LearnerRow;
import org.passerelle.shared.ui.OwnDirection;

/** Learners silent for a number of days the reviewer chooses, or who failed a quiz twice. */
class AtRiskPanel extends Div {

    static final int SHOWN = 200;

    private final Grid<LearnerRow> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();

    AtRiskPanel(long cohortId, CohortLearners learners) {
        setId("dashboard-at-risk");
        IntegerField days = new IntegerField(getTranslation("dashboard.quiet-days"));
        days.setId("at-risk-days");
        days.setMin(1);
        days.setMax(365);
        days.setValue(14);
        days.setStepButtonsVisible(true);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addColumn(OwnDirection.cell(LearnerRow::name))
                .setHeader(getTranslation("roster.column.name"))
                .setFlexGrow(2);
        grid.addColumn(row -> Numbers.day(row.lastActiveAt(), getLocale()))
                .setHeader(getTranslation("roster.column.last-active"));
        grid.addColumn(row -> Numbers.percent(row.progress(), getLocale()))
                .setHeader(getTranslation("dashboard.progress"));
        grid.addColumn(row -> row.quizzesFailedTwice() > 0 ? getTranslation("dashboard.failed-twice") : "")
                .setHeader(getTranslation("dashboard.why"));
        grid.setHeight("20rem");
        summary.setId("at-risk-summary");
        days.addValueChangeListener(change -> show(learners, cohortId, change.getValue()));
        add(days, summary, grid);
        show(learners, cohortId, 14);
    }

    private void show(CohortLearners learners, long cohortId, Integer days) {
        List<LearnerRow> rows = learners.atRisk(cohortId, days == null ? 14 : days, SHOWN);
        grid.setItems(rows);
        summary.setText(getTranslation(
                rows.size() >= SHOWN ? "dashboard.at-risk-many" : "dashboard.at-risk-count", rows.size()));
    }
}
