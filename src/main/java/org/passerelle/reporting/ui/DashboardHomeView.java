package org.passerelle.reporting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
            add(cohortTable(cohorts));
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

    /**
     * The cohorts as a plain table whose row headers link to each dashboard (a link inside a grid's focusable cell
     * would be two targets in one place); on a phone its rows become cards, each cell named by its column.
     */
    private Div cohortTable(List<CohortOverview> cohorts) {
        Locale locale = getLocale();
        List<String> columns = new ArrayList<>(List.of(getTranslation("dashboard.cohort")));
        if (administrator) {
            columns.add(getTranslation("cohort.country"));
        }
        String enrolled = getTranslation("dashboard.enrolled");
        String active = getTranslation("dashboard.active-7");
        String completed = getTranslation("dashboard.completed");
        String rate = getTranslation("dashboard.completion-rate");
        String average = getTranslation("dashboard.average-best");
        columns.addAll(List.of(enrolled, active, completed, rate, average));
        Element head = new Element("tr");
        for (String column : columns) {
            Element cell = new Element("th");
            cell.setAttribute("scope", "col");
            cell.setText(column);
            head.appendChild(cell);
        }
        Element body = new Element("tbody");
        for (CohortOverview cohort : cohorts) {
            Element name = new Element("th");
            name.setAttribute("scope", "row");
            name.setAttribute("dir", "auto");
            Element link = new Element("a");
            link.setAttribute("href", CohortDashboardView.address(cohort.cohortId()));
            link.setAttribute("router-link", true);
            link.setText(cohort.name());
            name.appendChild(link);
            Element row = new Element("tr").appendChild(name);
            if (administrator) {
                row.appendChild(DashboardTables.cell(columns.get(1), Countries.name(cohort.country(), locale)));
            }
            row.appendChild(
                    DashboardTables.cell(enrolled, Numbers.whole(cohort.learners(), locale)),
                    DashboardTables.cell(active, Numbers.whole(cohort.activeLastWeek(), locale)),
                    DashboardTables.cell(completed, Numbers.whole(cohort.completed(), locale)),
                    DashboardTables.cell(rate, Numbers.percent(cohort.completionRate(), locale)),
                    DashboardTables.cell(average, Numbers.score(cohort.averageBestScore(), locale)));
            body.appendChild(row);
        }
        Element table = new Element("table");
        table.getClassList().add("dashboard-table");
        table.appendChild(new Element("thead").appendChild(head), body);
        Div box = new Div();
        box.setId(ReportingIds.DASHBOARD_COHORTS);
        box.getElement().appendChild(table);
        return box;
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
