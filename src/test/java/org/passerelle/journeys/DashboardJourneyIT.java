package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.passerelle.SignedIn;
import org.passerelle.cohorts.BulkEnrolment;
import org.passerelle.cohorts.CohortAdministration;
import org.passerelle.cohorts.CohortForm;
import org.passerelle.reporting.DashboardRefresh;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Kenyan ministry reviewer looks at Kenya's cohorts and exports one; a Senegal cohort's address tells them
 * nothing; an administrator sees both countries side by side; a learner reaches neither.
 */
class DashboardJourneyIT extends BrowserJourney {

    @Autowired
    CohortAdministration cohorts;

    @Autowired
    BulkEnrolment bulk;

    @Autowired
    DashboardRefresh refresh;

    @Autowired
    SignedIn signedIn;

    @Test
    void aReviewerSeesTheirCountryOnlyAndAnAdministratorSeesBoth() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        long kenya = cohort("Nairobi " + tag, "KE", "learner@passerelle.example,Wanjiru,Kamau");
        long senegal = cohort("Dakar " + tag, "SN", "apprenant@passerelle.example,Awa,Ndiaye");

        signInAndWaitForHome("reviewer.ke", DEMO_PASSWORD);
        DashboardPage dashboard = new DashboardPage(this).cohortsShown();
        until(d -> pageText().contains("Nairobi " + tag));
        assertThat(pageText()).doesNotContain("Dakar " + tag);
        dashboard.openCohort("Nairobi " + tag);
        until(d -> pageText().contains("Wanjiru Kamau"));
        assertThat(dashboard.funnels()).isEqualTo(1);
        saveScreenshot("dashboard-cohort-ke");

        String xlsx = dashboard.spreadsheetAddress();
        byte[] file = downloadWithSession(xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet learners = book.getSheet("Learners");
            assertThat(learners).isNotNull();
            assertThat(learners.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Wanjiru Kamau");
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
            long id = cohorts.save(new CohortForm(
                            null,
                            0,
                            name,
                            country,
                            LocalDate.of(2026, 9, 1),
                            LocalDate.of(2027, 3, 1),
                            Set.of("ai-public-policy"),
                            Set.of()))
                    .id();
            bulk.enrol(
                    id,
                    ("email,given name,family name\n" + member + "\n").getBytes(StandardCharsets.UTF_8),
                    BulkEnrolment.Progress.NONE);
            refresh.refresh(id);
            return id;
        } finally {
            signedIn.out();
        }
    }
}
