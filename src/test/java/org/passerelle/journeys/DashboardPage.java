package org.passerelle.journeys;

import static org.passerelle.reporting.ui.ReportingIds.AT_RISK_EMPTY;
import static org.passerelle.reporting.ui.ReportingIds.DASHBOARD_AT_RISK;
import static org.passerelle.reporting.ui.ReportingIds.DASHBOARD_COHORTS;
import static org.passerelle.reporting.ui.ReportingIds.DASHBOARD_COUNTRIES;
import static org.passerelle.reporting.ui.ReportingIds.DASHBOARD_FUNNEL;
import static org.passerelle.reporting.ui.ReportingIds.DASHBOARD_NOT_FOUND;
import static org.passerelle.reporting.ui.ReportingIds.DASHBOARD_WEEKS;
import static org.passerelle.reporting.ui.ReportingIds.LEARNER_GRID;
import static org.passerelle.reporting.ui.ReportingIds.QUIZ_TABLE;
import static org.passerelle.reporting.ui.ReportingIds.REPORT_XLSX;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

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

    /** The big number of a figure card, e.g. {@code figure(FIGURE_ENROLLED)}. */
    String figure(String cardId) {
        return firstInside(cardId, ".figure-number").getText().strip();
    }

    /** The line under a figure card's number. */
    String figureContext(String cardId) {
        return firstInside(cardId, ".figure-context").getText().strip();
    }

    /** The weeks of the weekly chart, as its table of numbers names them (folded away, so read as text). */
    List<String> weeksShown() {
        return inside(DASHBOARD_WEEKS, "table tbody th").stream()
                .map(cell -> cell.getDomProperty("textContent").strip())
                .toList();
    }

    /** The learners the at-risk table lists; empty when it shows its empty state instead. */
    List<String> atRiskNames() {
        return inside(DASHBOARD_AT_RISK, "table tbody th").stream()
                .map(cell -> cell.getText().strip())
                .toList();
    }

    /** The sentence the at-risk panel shows when nobody is at risk, or "" when someone is. */
    String atRiskEmptyState() {
        return textOf(AT_RISK_EMPTY);
    }

    List<String> quizRows() {
        return inside(QUIZ_TABLE, "tbody tr").stream().map(WebElement::getText).toList();
    }

    String spreadsheetAddress() {
        return element(REPORT_XLSX).getDomProperty("href");
    }
}
