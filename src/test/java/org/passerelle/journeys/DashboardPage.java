package org.passerelle.journeys;

import static org.passerelle.reporting.ui.ReportingIds.DASHBOARD_COHORTS;
import static org.passerelle.reporting.ui.ReportingIds.DASHBOARD_COUNTRIES;
import static org.passerelle.reporting.ui.ReportingIds.DASHBOARD_FUNNEL;
import static org.passerelle.reporting.ui.ReportingIds.DASHBOARD_NOT_FOUND;
import static org.passerelle.reporting.ui.ReportingIds.LEARNER_GRID;
import static org.passerelle.reporting.ui.ReportingIds.REPORT_XLSX;

import org.openqa.selenium.By;

/** The reviewers' and administrators' dashboards: the cohorts they may see, and one cohort's learners. */
final class DashboardPage extends Page {

    static final String PATH = "/cohorts";

    DashboardPage(BrowserJourney journey) {
        super(journey);
    }

    /** Waits for the list of cohorts, e.g. on a reviewer's home. */
    DashboardPage cohortsShown() {
        ready(DASHBOARD_COHORTS);
        return this;
    }

    /** Opens the dashboards and waits for the countries side by side. */
    DashboardPage openCountries() {
        openAt(PATH, DASHBOARD_COUNTRIES);
        return this;
    }

    String countries() {
        return text(DASHBOARD_COUNTRIES);
    }

    /** Opens a cohort by its name in the list, and waits for its learners. */
    DashboardPage openCohort(String name) {
        driver.findElement(By.linkText(name)).click();
        ready(LEARNER_GRID);
        return this;
    }

    /** Opens a cohort's dashboard by its address, which tells a reviewer of another country nothing. */
    String openOthers(long cohort) {
        openAt(PATH + "/" + cohort, DASHBOARD_NOT_FOUND);
        return text(DASHBOARD_NOT_FOUND);
    }

    int funnels() {
        return elements(DASHBOARD_FUNNEL).size();
    }

    String spreadsheetAddress() {
        return element(REPORT_XLSX).getDomProperty("href");
    }
}
