package org.passerelle.cohorts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.ListDataProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.passerelle.cohorts.EnrolmentRow;

/** The rows of an enrolment file, each with what will happen to it or what stops it. */
class PreviewGrid extends Grid<EnrolmentRow> {

    private final ListDataProvider<EnrolmentRow> rows;

    PreviewGrid(List<EnrolmentRow> preview, Component in) {
        rows = new ListDataProvider<>(new ArrayList<>(preview));
        setDataProvider(rows);
        setId(CohortIds.BULK_PREVIEW);
        addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.COLUMN_BORDERS, GridVariant.WRAP_CELL_CONTENT);
        addColumn(EnrolmentRow::line)
                .setHeader(in.getTranslation("bulk.column.line"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(EnrolmentRow::email)
                .setHeader(in.getTranslation("bulk.column.email"))
                .setAutoWidth(true);
        addColumn(EnrolmentRow::name)
                .setHeader(in.getTranslation("bulk.column.name"))
                .setAutoWidth(true);
        addColumn(row -> row.language() == null ? "" : row.language().nativeName())
                .setHeader(in.getTranslation("bulk.column.language"))
                .setAutoWidth(true);
        addColumn(row -> row.username() == null ? "" : row.username())
                .setHeader(in.getTranslation("bulk.column.username"))
                .setAutoWidth(true);
        addColumn(row -> outcome(row, in))
                .setHeader(in.getTranslation("bulk.column.outcome"))
                .setFlexGrow(1);
        setPartNameGenerator(row -> row.ok() ? null : "row-problem");
        setAllRowsVisible(preview.size() <= 12);
        if (preview.size() > 12) {
            setHeight("28rem");
        }
    }

    void onlyProblems(boolean only) {
        rows.setFilter(only ? row -> !row.ok() : null);
    }

    private static String outcome(EnrolmentRow row, Component in) {
        if (row.ok()) {
            return in.getTranslation(row.existing() ? "bulk.outcome.existing" : "bulk.outcome.new");
        }
        return row.problems().stream()
                .map(problem -> in.getTranslation(problem.key(), problem.line()))
                .collect(Collectors.joining(" · "));
    }
}
