package org.passerelle.reporting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.passerelle.reporting.CohortLearners;
import org.passerelle.reporting.LearnerFilter;
import org.passerelle.reporting.LearnerQuery;
import org.passerelle.reporting.LearnerRow;
import org.passerelle.shared.ui.OwnDirection;

/** The cohort's learners, a page at a time from the database: filter by name, sort by any column. */
class LearnersPanel extends Div {

    private final TextField filter = new TextField();
    private final Select<String> record = new Select<>();
    private final IntegerField atMost = new IntegerField();
    private final IntegerField quiet = new IntegerField();
    private final IntegerField score = new IntegerField();

    private LearnerFilter filter() {
        return new LearnerFilter(
                filter.getValue(), record.getValue(), null, atMost.getValue(), quiet.getValue(), score.getValue());
    }

    LearnersPanel(long cohortId, CohortLearners learners) {
        setId("dashboard-learners");
        filter.setLabel(getTranslation("dashboard.filter"));
        filter.setId("learner-filter");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        record.setLabel(getTranslation("roster.column.record-state"));
        record.setId("learner-record-filter");
        record.setItems("", "NONE", "VALID", "REVOKED");
        record.setItemLabelGenerator(status -> switch (status) {
            case "NONE" -> getTranslation("dashboard.record.none");
            case "VALID" -> getTranslation("dashboard.record.valid");
            case "REVOKED" -> getTranslation("dashboard.record.revoked");
            default -> getTranslation("dashboard.filter-any");
        });
        record.setValue("");
        atMost.setLabel(getTranslation("dashboard.filter-progress"));
        atMost.setId("learner-progress-filter");
        atMost.setMin(0);
        atMost.setMax(100);
        atMost.setClearButtonVisible(true);
        quiet.setLabel(getTranslation("dashboard.quiet-days"));
        quiet.setId("learner-quiet-filter");
        quiet.setMin(0);
        quiet.setMax(365);
        quiet.setClearButtonVisible(true);
        score.setLabel(getTranslation("dashboard.filter-score"));
        score.setId("learner-score-filter");
        score.setMin(0);
        score.setMax(100);
        score.setClearButtonVisible(true);
        Grid<LearnerRow> grid = new Grid<>();
        grid.setId(ReportingIds.LEARNER_GRID);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setMultiSort(false);
        grid.addColumn(OwnDirection.cell(LearnerRow::name))
                .setHeader(getTranslation("roster.column.name"))
                .setSortProperty(LearnerQuery.Order.NAME.name())
                .setFlexGrow(2);
        grid.addColumn(row -> Numbers.percent(row.progress(), getLocale()))
                .setHeader(getTranslation("dashboard.progress"))
                .setSortProperty(LearnerQuery.Order.PROGRESS.name());
        grid.addColumn(row -> Numbers.day(row.lastActiveAt(), getLocale()))
                .setHeader(getTranslation("roster.column.last-active"))
                .setSortProperty(LearnerQuery.Order.LAST_ACTIVE.name());
        grid.addColumn(row -> Numbers.score(row.bestScore(), getLocale()))
                .setHeader(getTranslation("dashboard.best-scores"))
                .setSortProperty(LearnerQuery.Order.BEST_SCORE.name())
                .setTooltipGenerator(
                        row -> row.bestScores() == null ? "" : row.bestScores().replace(";", ", "));
        grid.addColumn(row -> getTranslation(row.recordKey()))
                .setHeader(getTranslation("roster.column.record-state"))
                .setSortProperty(LearnerQuery.Order.RECORD.name());
        grid.setItems(
                query -> {
                    LearnerQuery.Order order = LearnerQuery.Order.NAME;
                    boolean descending = false;
                    for (var sort : query.getSortOrders()) {
                        order = LearnerQuery.Order.valueOf(sort.getSorted());
                        descending = sort.getDirection() == SortDirection.DESCENDING;
                    }
                    return learners
                            .page(
                                    cohortId,
                                    new LearnerQuery(filter(), order, descending, query.getOffset(), query.getLimit()))
                            .stream();
                },
                query -> learners.count(cohortId, filter()));
        grid.sort(GridSortOrder.asc(grid.getColumns().getFirst()).build());
        grid.setHeight("28rem");
        filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        record.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        atMost.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        quiet.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        score.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        Div filters = new Div(filter, record, atMost, quiet, score);
        filters.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0 1rem");
        add(filters, grid);
    }
}
