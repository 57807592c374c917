package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class AdministrationJourneyIT extends BrowserJourney {

    @Test
    void anAdministratorCreatesAUserWhoCanThenSignIn() {
        String username = "official-" + UUID.randomUUID().toString().substring(0, 6);
        signInAndWaitForHome("admin", DEMO_PASSWORD);
        UsersPage users = new UsersPage(this).open();

        users.newUser()
                .username(username)
                .displayName("Achieng Odhiambo")
                .email("not-an-email")
                .password("a sentence as a password")
                .country("Kenya")
                .save();

        // A bad email is refused on its field; nothing typed is lost.
        waitForText("Enter a valid email address");
        until(d -> users.emailRefused());
        assertThat(users.username()).isEqualTo(username);
        Accessibility.check(driver, "user dialog with an error");

        users.email(username + "@ict.go.ke");
        assertThat(users.email()).isEqualTo(username + "@ict.go.ke");
        users.saveAndClose();
        // Other journeys create accounts too: the administrator looks the new one up, as with any long list.
        users.search(username);
        waitForText(username + "@ict.go.ke");
        Accessibility.check(driver, "users after creation");

        new AuditLogPage(this).open();
        waitForText("Account created");

        driver.manage().deleteAllCookies();
        signInAndWaitForHome(username, "a sentence as a password");
        assertThat(driver.getCurrentUrl()).endsWith("/my-learning");
        assertThat(shell.signedInAs()).isEqualTo("Achieng Odhiambo");
    }

    @Test
    void anAdministratorReloadsCoursesAndSeesWhatHappenedToEach() {
        signInAndWaitForHome("admin", DEMO_PASSWORD);
        new CourseImportPage(this).open().reload();
        waitForText("ai-public-policy — unchanged, version 1");
        Accessibility.check(driver, "course import results");
    }

    @Test
    void anAdministratorDownloadsACourseAsAZipAndImportsItBackUnchanged() throws Exception {
        signInAndWaitForHome("admin", DEMO_PASSWORD);
        String href =
                new CourseImportPage(this).openToExport().exportAddress("ai-public-policy", "AI for Public Policy");
        byte[] zip = downloadWithSession(href);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names).contains("ai-public-policy/course.yaml", "ai-public-policy/01-what-is-ai/module.yaml");

        Path file = Files.write(Path.of("target", "ai-public-policy-" + System.nanoTime() + ".zip"), zip);
        new CourseImportPage(this).importZip(file);
        waitForText("ai-public-policy — unchanged, version 1");
    }

    @Test
    void anAdministratorEnrolsPeopleAndIsToldOfANameThatMatchesNobody() {
        signInAndWaitForHome("admin", DEMO_PASSWORD);
        EnrolPeoplePage enrolments = new EnrolPeoplePage(this).open();
        enrolments.firstCourse().people("apprenant\nnobody-by-this-name").enrol();

        waitForText("nobody-by-this-name: no account has this username or email");
        assertThat(pageText()).containsPattern("apprenant: (enrolled|already enrolled)");
        assertThat(enrolments.people())
                .as("only the line that found nobody is left to correct")
                .isEqualTo("nobody-by-this-name");
        Accessibility.check(driver, "enrolment outcomes");
        saveScreenshot("admin-enrolments");
    }
}
