package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.reporting.ui.ReportingIds.FIGURE_ACTIVE;
import static org.passerelle.reporting.ui.ReportingIds.FIGURE_AVERAGE_SCORE;
import static org.passerelle.reporting.ui.ReportingIds.FIGURE_COMPLETED;
import static org.passerelle.reporting.ui.ReportingIds.FIGURE_COMPLETION_RATE;
import static org.passerelle.reporting.ui.ReportingIds.FIGURE_ENROLLED;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.passerelle.cohorts.BulkEnrolment;
import org.passerelle.cohorts.CohortAdministration;
import org.passerelle.cohorts.CohortForm;
import org.passerelle.cohorts.CohortMembership;
import org.passerelle.identity.Role;
import org.passerelle.learning.LearningService;
import org.passerelle.reporting.DashboardRefresh;
import org.passerelle.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Kenyan ministry reviewer looks at Kenya's cohorts — the headline figures, the weeks since the cohort began,
 * who is at risk or that nobody is — and exports one; a Senegal cohort's address tells them nothing; an
 * administrator sees both countries side by side; a learner reaches neither.
 */
class DashboardJourneyIT extends BrowserJourney {

    @Autowired
    CohortAdministration cohorts;

    @Autowired
    BulkEnrolment bulk;

    @Autowired
    DashboardRefresh refresh;

    @Autowired
    CohortMembership membership;

    @Autowired
    LearningService learning;

    static final String COURSE = "ai-public-policy";

    @Test
    void aReviewerSeesTheirCountryOnlyAndAnAdministratorSeesBoth() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        long kenya = cohort("Nairobi " + tag, "KE", "wanjiru-" + tag + "@passerelle.example,Wanjiru,Kamau");
        long senegal = cohort("Dakar " + tag, "SN", "apprenant@passerelle.example,Awa,Ndiaye");
        String studying = newAccount(Role.LEARNER, "KE", Language.EN);
        join(kenya, studying);
        studyOneLesson(studying);
        refreshAll(kenya, senegal);

        signInAndWaitForHome("reviewer.ke", DEMO_PASSWORD);
        DashboardPage dashboard = new DashboardPage(this).cohortsShown();
        until(d -> pageText().contains("Nairobi " + tag));
        assertThat(pageText()).doesNotContain("Dakar " + tag);
        dashboard.openCohort("Nairobi " + tag);
        until(d -> pageText().contains("Wanjiru Kamau"));
        assertThat(dashboard.funnels()).isEqualTo(1);
        saveScreenshot("dashboard-cohort-ke");

        // What a ministry reviewer reads first: two enrolled today (enrolling counts as activity), nobody finished.
        assertThat(dashboard.figure(FIGURE_ENROLLED)).isEqualTo("2");
        assertThat(dashboard.figure(FIGURE_ACTIVE)).isEqualTo("2");
        assertThat(dashboard.figureContext(FIGURE_ACTIVE)).isEqualTo("100% of those enrolled");
        assertThat(dashboard.figure(FIGURE_COMPLETED)).isEqualTo("0");
        assertThat(dashboard.figure(FIGURE_COMPLETION_RATE)).isEqualTo("0%");
        assertThat(dashboard.figureContext(FIGURE_COMPLETION_RATE)).isEqualTo("0 of 2 enrolled");
        assertThat(dashboard.figure(FIGURE_AVERAGE_SCORE)).isEqualTo("–");
        assertThat(dashboard.figureContext(FIGURE_AVERAGE_SCORE)).isEqualTo("No quiz taken yet");
        // The cohort began today and one learner studied a lesson: its chart is this week alone, not half a year
        // of empty weeks before it.
        assertThat(dashboard.weeksShown())
                .singleElement()
                .asString()
                .contains(String.valueOf(thisMonday().getDayOfMonth()))
                .contains(String.valueOf(thisMonday().getYear()));
        assertThat(dashboard.quizRows()).as("one row per quiz of the course").hasSize(6);
        // Both enrolled today, so nobody is silent yet: the at-risk list says so in a sentence.
        assertThat(dashboard.atRiskEmptyState())
                .isEqualTo("No learner is at risk: everyone who has not finished was active in the last 14 days,"
                        + " and nobody failed a quiz twice.");
        assertThat(dashboard.atRiskNames()).isEmpty();

        String xlsx = dashboard.spreadsheetAddress();
        byte[] file = downloadWithSession(xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet learners = book.getSheet("Learners");
            assertThat(learners).isNotNull();
            List<String> names = new ArrayList<>();
            for (int row = 1; row <= learners.getLastRowNum(); row++) {
                names.add(learners.getRow(row).getCell(0).getStringCellValue());
            }
            assertThat(names).hasSize(2).contains("Wanjiru Kamau");
        }

        assertThat(dashboard.openOthers(senegal)).isEqualTo("This cohort was not found, or it is not one of yours.");
        assertThat(pageText()).doesNotContain("Dakar " + tag);

        driver.manage().deleteAllCookies();
        signInAndWaitForHome("admin", DEMO_PASSWORD);
        dashboard.openCountries();
        until(d -> pageText().contains("Nairobi " + tag) && pageText().contains("Dakar " + tag));
        until(d ->
                dashboard.countries().contains("Kenya") && dashboard.countries().contains("Senegal"));
        saveScreenshot("dashboard-admin");

        // Learners reach no dashboard, not even by typing its address.
        driver.manage().deleteAllCookies();
        signInAndWaitForHome("learner", DEMO_PASSWORD);
        shell.openRefused(DashboardPage.PATH);
        shell.openRefused(DashboardPage.PATH + "/" + kenya);
        assertThat(pageText()).doesNotContain("Nairobi " + tag);
    }

    private long cohort(String name, String country, String member) {
        signedIn.as("admin");
        try {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            long id = cohorts.save(new CohortForm(
                            null, 0, name, country, today, today.plusMonths(4), Set.of(COURSE), Set.of()))
                    .id();
            bulk.enrol(
                    id,
                    ("email,given name,family name\n" + member + "\n").getBytes(StandardCharsets.UTF_8),
                    BulkEnrolment.Progress.NONE);
            return id;
        } finally {
            signedIn.out();
        }
    }

    /** Joins a cohort with an invitation code, as a learner does. */
    private void join(long cohort, String username) {
        signedIn.as("admin");
        String code = cohorts.invite(cohort, 7, 10).code();
        signedIn.as(username);
        try {
            membership.join(code);
        } finally {
            signedIn.out();
        }
    }

    private void studyOneLesson(String username) {
        signedIn.as(username);
        try {
            learning.enrol(COURSE);
            learning.completeLesson(COURSE, "01-what-is-ai", "01-defining-ai", 60, Language.EN);
        } finally {
            signedIn.out();
        }
    }

    private void refreshAll(long... ids) {
        signedIn.as("admin");
        try {
            for (long id : ids) {
                refresh.refresh(id);
            }
        } finally {
            signedIn.out();
        }
    }

    private static LocalDate thisMonday() {
        return LocalDate.now(ZoneOffset.UTC).with(DayOfWeek.MONDAY);
    }
}
