package org.passerelle.reporting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.passerelle.reporting.CohortRoster;
import org.passerelle.reporting.Roster;
import org.passerelle.reporting.RosterFiles;
import org.passerelle.reporting.RosterLine;
import org.passerelle.reporting.RosterPrint;
import org.passerelle.reporting.RosterTexts;
import org.passerelle.shared.Countries;
import org.passerelle.shared.Language;
import org.passerelle.shared.ui.Dates;
import org.passerelle.shared.ui.OwnDirection;
import org.passerelle.shared.ui.UiLanguage;

/**
 * A cohort's roster for its organiser: every member in every course, with progress, completion and record,
 * and the same as CSV and XLSX files (each export reads the roster afresh).
 */
@Route("admin/cohorts/:cohortId/roster")
@RolesAllowed("ADMIN")
public class RosterView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CohortRoster rosters;
    private final RosterPrint print;

    public RosterView(CohortRoster rosters, RosterPrint print) {
        this.rosters = rosters;
        this.print = print;
        addClassName("page");
        setId("roster");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Long> cohortId = event.getRouteParameters().getLong("cohortId");
        Language reader = UiLanguage.current(UI.getCurrent());
        Optional<Roster> found = cohortId.flatMap(id -> rosters.of(id, reader));
        add(new H1(getTranslation("roster.title")));
        if (found.isEmpty()) {
            add(new Paragraph(getTranslation("cohort.gone")));
            return;
        }
        Roster roster = found.get();
        long id = roster.cohortId();
        add(new Paragraph(getTranslation(
                "roster.cohort",
                roster.cohortName(),
                Countries.name(roster.country(), getLocale()),
                Dates.day(roster.asOf()))));
        String base = "roster-" + slug(roster.cohortName());
        Div exports = new Div(
                download("roster-csv", "roster.csv", base + ".csv", "text/csv", id, RosterFiles::csv),
                download(
                        "roster-xlsx",
                        "roster.xlsx",
                        base + ".xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        id,
                        RosterFiles::xlsx),
                download(
                        "roster-pdf",
                        "roster.pdf",
                        base + ".pdf",
                        "application/pdf",
                        id,
                        (shown, texts) -> print.pdf(shown, texts, reader)));
        exports.addClassName("exports");
        exports.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.5rem 1.5rem");
        add(exports);
        if (roster.lines().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("roster.empty"));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        add(grid(roster.lines()));
    }

    private Anchor download(
            String elementId,
            String label,
            String fileName,
            String type,
            long cohortId,
            BiFunction<Roster, RosterTexts, byte[]> format) {
        UI ui = UI.getCurrent();
        RosterTexts texts = texts();
        Function<Roster, byte[]> write = roster -> format.apply(roster, texts);
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(request -> {
                    byte[] bytes = rosters.of(cohortId, UiLanguage.current(ui))
                            .map(write)
                            .orElse(new byte[0]);
                    return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
                }),
                getTranslation(label));
        anchor.setId(elementId);
        return anchor;
    }

    private RosterTexts texts() {
        return new RosterTexts(
                getTranslation("roster.title"),
                List.of(
                        getTranslation("roster.column.name"),
                        getTranslation("roster.column.username"),
                        getTranslation("roster.column.email"),
                        getTranslation("roster.column.course"),
                        getTranslation("roster.column.progress"),
                        getTranslation("roster.column.last-active"),
                        getTranslation("roster.column.completed"),
                        getTranslation("roster.column.score"),
                        getTranslation("roster.column.record"),
                        getTranslation("roster.column.record-state")),
                getTranslation("roster.not-enrolled"),
                getTranslation("roster.record.valid"),
                getTranslation("roster.record.revoked"));
    }

    private Grid<RosterLine> grid(List<RosterLine> lines) {
        Grid<RosterLine> grid = new Grid<>();
        grid.setId(ReportingIds.ROSTER_GRID);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addColumn(OwnDirection.cell(RosterLine::name))
                .setHeader(getTranslation("roster.column.name"))
                .setComparator(RosterLine::name)
                .setAutoWidth(true);
        grid.addColumn(OwnDirection.cell(RosterLine::courseTitle))
                .setHeader(getTranslation("roster.column.course"))
                .setAutoWidth(true);
        grid.addColumn(line -> line.enrolled() ? line.percent() + " %" : getTranslation("roster.not-enrolled"))
                .setHeader(getTranslation("roster.column.progress"))
                .setComparator(RosterLine::percent)
                .setAutoWidth(true);
        grid.addColumn(line -> line.completedAt() == null ? "" : Dates.day(line.completedAt()))
                .setHeader(getTranslation("roster.column.completed"))
                .setAutoWidth(true);
        grid.addColumn(line -> line.recordId() == null
                        ? ""
                        : line.recordId()
                                + (line.recordRevoked() ? " (" + getTranslation("roster.record.revoked") + ")" : ""))
                .setHeader(getTranslation("roster.column.record"))
                .setAutoWidth(true);
        grid.setItems(lines);
        grid.setAllRowsVisible(lines.size() <= 20);
        return grid;
    }

    private static String slug(String name) {
        String slug =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "cohort" : slug;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roster.title");
    }
}
