package org.passerelle.reporting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.passerelle.identity.MyAccount;
import org.passerelle.identity.Role;
import org.passerelle.reporting.CohortOverview;
import org.passerelle.reporting.CountryComparison;
import org.passerelle.reporting.Dashboards;
import org.passerelle.reporting.ItemAnalysis;
import org.passerelle.shared.Countries;
import org.passerelle.shared.ui.UiLanguage;
import org.springframework.modulith.NamedInterface;

/**
 * The reviewer's home: their country's cohorts at a glance. Administrators see every country's, the countries
 * side by side, and the questions answered very differently by one language or country.
 */
@Route("cohorts")
@RolesAllowed({"REVIEWER", "ADMIN"})
@Menu(title = "menu.cohorts", order = 30, icon = "vaadin:group")
@NamedInterface("pages")
public class DashboardHomeView extends Main implements HasDynamicTitle {

    private final boolean administrator;

    public DashboardHomeView(Dashboards dashboards, ItemAnalysis items, MyAccount me) {
        addClassName("page");
        setId("dashboard-home");
        administrator = me.current().map(person -> person.has(Role.ADMIN)).orElse(false);
        add(new H1(getPageTitle()));
        List<CohortOverview> cohorts = dashboards.home();
        if (cohorts.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("home.reviewer.empty"));
            empty.addClassName("empty-state");
            add(empty);
        } else {
            add(asOf(cohorts.stream().map(CohortOverview::refreshedAt)));
            add(cohortGrid(cohorts));
        }
        if (administrator) {
            add(new H2(getTranslation("dashboard.countries")), countryGrid(dashboards.countries()));
        }
        add(new ItemFlags(items.flags(UiLanguage.current(UI.getCurrent())), administrator));
    }

    private Paragraph asOf(Stream<Instant> times) {
        Instant oldest =
                times.filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        Paragraph note = new Paragraph(oldest == null ? "" : getTranslation("dashboard.as-of", Numbers.time(oldest)));
        note.addClassName("hint");
        return note;
    }

    private Grid<CohortOverview> cohortGrid(List<CohortOverview> cohorts) {
        Grid<CohortOverview> grid = new Grid<>();
        grid.setId(ReportingIds.DASHBOARD_COHORTS);
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.addComponentColumn(cohort -> new Anchor(CohortDashboardView.address(cohort.cohortId()), cohort.name()))
                .setHeader(getTranslation("dashboard.cohort"))
                .setFlexGrow(2);
        if (administrator) {
            grid.addColumn(cohort -> Countries.name(cohort.country(), getLocale()))
                    .setHeader(getTranslation("cohort.country"));
        }
        grid.addColumn(cohort -> Numbers.whole(cohort.learners(), getLocale()))
                .setHeader(getTranslation("dashboard.enrolled"));
        grid.addColumn(cohort -> Numbers.whole(cohort.activeLastWeek(), getLocale()))
                .setHeader(getTranslation("dashboard.active-7"));
        grid.addColumn(cohort -> Numbers.whole(cohort.completed(), getLocale()))
                .setHeader(getTranslation("dashboard.completed"));
        grid.addColumn(cohort -> Numbers.percent(cohort.completionRate(), getLocale()))
                .setHeader(getTranslation("dashboard.completion-rate"));
        grid.addColumn(cohort -> Numbers.score(cohort.averageBestScore(), getLocale()))
                .setHeader(getTranslation("dashboard.average-best"));
        grid.setItems(cohorts);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<CountryComparison> countryGrid(List<CountryComparison> countries) {
        Grid<CountryComparison> grid = new Grid<>();
        grid.setId(ReportingIds.DASHBOARD_COUNTRIES);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addColumn(country -> Countries.name(country.country(), getLocale()))
                .setHeader(getTranslation("cohort.country"))
                .setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(CountryComparison::cohorts).setHeader(getTranslation("dashboard.cohorts"));
        grid.addColumn(country -> Numbers.whole(country.learners(), getLocale()))
                .setHeader(getTranslation("dashboard.enrolled"))
                .setComparator(CountryComparison::learners);
        grid.addColumn(country -> Numbers.whole(country.activeLastWeek(), getLocale()))
                .setHeader(getTranslation("dashboard.active-7"))
                .setComparator(CountryComparison::activeLastWeek);
        grid.addColumn(country -> Numbers.percent(country.completionRate(), getLocale()))
                .setHeader(getTranslation("dashboard.completion-rate"))
                .setComparator(CountryComparison::completionRate);
        grid.addColumn(country -> Numbers.score(country.averageBestScore(), getLocale()))
                .setHeader(getTranslation("dashboard.average-best"))
                .setComparator(Comparator.comparing(
                        CountryComparison::averageBestScore, Comparator.nullsFirst(Comparator.naturalOrder())));
        grid.setItems(countries);
        grid.setAllRowsVisible(countries.size() <= 15);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(administrator ? "dashboard.all-title" : "home.reviewer.title");
    }
}
