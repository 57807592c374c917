package org.passerelle.reporting.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.reporting.CohortLearners;
import org.passerelle.reporting.LearnerFilter;
import org.passerelle.reporting.LearnerQuery;
import org.passerelle.reporting.LearnerRow;

/**
 * The cohort's learners, a page at a time from the database: filter by name, sort by any column. As tall as its
 * rows for a small cohort; on a phone each learner is one card (name, then each figure with its label), so no
 * cell is cut.
 */
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

    /** Up to this many members, the grid is as tall as its rows; a larger cohort scrolls inside a fixed height. */
    static final int ALL_ROWS_UP_TO = 25;

    /** Below this window width (px) the columns would cut names and dates: each learner becomes one card. */
    static final int PHONE_WIDTH = 640;

    private final Grid<LearnerRow> grid = new Grid<>();
    private final List<Grid.Column<LearnerRow>> columns = new ArrayList<>();
    private Grid.Column<LearnerRow> card;

    LearnersPanel(long cohortId, int members, CohortLearners learners) {
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
        grid.setId(ReportingIds.LEARNER_GRID);
        grid.setEmptyStateText(getTranslation("dashboard.learners-empty"));
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setMultiSort(false);
        columns.add(grid.addColumn(LearnerRow::name)
                .setHeader(getTranslation("roster.column.name"))
                .setSortProperty(LearnerQuery.Order.NAME.name())
                .setFlexGrow(2));
        columns.add(grid.addColumn(row -> Numbers.percent(row.progress(), getLocale()))
                .setHeader(getTranslation("dashboard.progress"))
                .setSortProperty(LearnerQuery.Order.PROGRESS.name()));
        columns.add(grid.addColumn(row -> Numbers.day(row.lastActiveAt(), getLocale()))
                .setHeader(getTranslation("roster.column.last-active"))
                .setSortProperty(LearnerQuery.Order.LAST_ACTIVE.name()));
        columns.add(grid.addColumn(row -> Numbers.score(row.bestScore(), getLocale()))
                .setHeader(getTranslation("dashboard.best-scores"))
                .setAutoWidth(true)
                .setSortProperty(LearnerQuery.Order.BEST_SCORE.name())
                .setTooltipGenerator(
                        row -> row.bestScores() == null ? "" : row.bestScores().replace(";", ", ")));
        columns.add(grid.addColumn(row -> getTranslation(row.recordKey()))
                .setHeader(getTranslation("roster.column.record-state"))
                .setSortProperty(LearnerQuery.Order.RECORD.name()));
        card = grid.addColumn(LitRenderer.<LearnerRow>of(
                                "<div class=\"learner-card\"><strong dir=\"auto\">${item.name}</strong>"
                                        + "<span>${item.progress}</span><span>${item.active}</span>"
                                        + "<span>${item.score}</span><span>${item.record}</span></div>")
                        .withProperty("name", LearnerRow::name)
                        .withProperty(
                                "progress",
                                row -> labelled("dashboard.progress", Numbers.percent(row.progress(), getLocale())))
                        .withProperty(
                                "active",
                                row -> labelled(
                                        "roster.column.last-active", Numbers.day(row.lastActiveAt(), getLocale())))
                        .withProperty(
                                "score",
                                row -> labelled("dashboard.best-scores", Numbers.score(row.bestScore(), getLocale())))
                        .withProperty(
                                "record",
                                row -> labelled("roster.column.record-state", getTranslation(row.recordKey()))))
                .setHeader(getTranslation("roster.column.name"))
                .setSortProperty(LearnerQuery.Order.NAME.name());
        card.setVisible(false);
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
        if (members <= ALL_ROWS_UP_TO) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("28rem");
        }
        filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        record.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        atMost.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        quiet.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        score.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        Div filters = new Div(filter, record, atMost, quiet, score);
        filters.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0 1rem");
        add(filters, grid);
    }

    private String labelled(String key, String value) {
        return getTranslation("dashboard.labelled", getTranslation(key), value);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        Page page = attach.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> fit(details.getWindowInnerWidth()));
        Registration resize = page.addBrowserWindowResizeListener(event -> fit(event.getWidth()));
        addDetachListener(detach -> {
            resize.remove();
            detach.unregisterListener();
        });
    }

    /** Columns on a desk, one card per learner on a phone. */
    private void fit(int windowWidth) {
        boolean phone = windowWidth > 0 && windowWidth < PHONE_WIDTH;
        columns.forEach(column -> column.setVisible(!phone));
        card.setVisible(phone);
        grid.getElement().getThemeList().set("wrap-cell-content", phone);
    }
}
