package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

class AdministrationJourneyIT extends BrowserJourney {

    @Test
    void anAdministratorCreatesAUserWhoCanThenSignIn() {
        String username = "official-" + UUID.randomUUID().toString().substring(0, 6);
        signInAndWaitForHome("admin", DEMO_PASSWORD);
        open("/admin/users", "#users");

        driver.findElement(By.id("new-user")).click();
        ready("#user-username input");
        type("#user-username input", username);
        type("#user-display-name input", "Achieng Odhiambo");
        type("#user-email input", "not-an-email");
        type("#user-password input", "a sentence as a password");
        WebElement country = driver.findElement(By.cssSelector("#user-country input"));
        country.sendKeys("Kenya");
        until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-combo-box-item")));
        country.sendKeys(Keys.ENTER);
        driver.findElement(By.id("user-save")).click();

        // A bad email is refused on its field; nothing typed is lost.
        waitForText("Enter a valid email address");
        until(d -> d.findElement(By.id("user-email")).getAttribute("invalid") != null);
        assertThat(driver.findElement(By.cssSelector("#user-username input")).getAttribute("value"))
                .isEqualTo(username);
        Accessibility.check(driver, "user dialog with an error");

        type("#user-email input", username + "@ict.go.ke");
        assertThat(driver.findElement(By.cssSelector("#user-email input")).getAttribute("value"))
                .isEqualTo(username + "@ict.go.ke");
        driver.findElement(By.id("user-save")).click();
        until(ExpectedConditions.invisibilityOfElementLocated(By.id("user-save")));
        // Other journeys create accounts too: the administrator looks the new one up, as with any long list.
        type("#user-search input", username);
        waitForText(username + "@ict.go.ke");
        Accessibility.check(driver, "users after creation");

        open("/admin/audit", "#audit-log");
        waitForText("Account created");

        driver.manage().deleteAllCookies();
        signInAndWaitForHome(username, "a sentence as a password");
        assertThat(driver.getCurrentUrl()).endsWith("/my-learning");
        assertThat(driver.findElement(By.id("signed-in-as")).getText()).isEqualTo("Achieng Odhiambo");
    }

    @Test
    void anAdministratorReloadsCoursesAndSeesWhatHappenedToEach() {
        signInAndWaitForHome("admin", DEMO_PASSWORD);
        open("/admin/courses", "#reload-courses");

        driver.findElement(By.id("reload-courses")).click();
        waitForText("ai-public-policy — unchanged, version 1");
        Accessibility.check(driver, "course import results");
    }

    @Test
    void anAdministratorDownloadsACourseAsAZipAndImportsItBackUnchanged() throws Exception {
        signInAndWaitForHome("admin", DEMO_PASSWORD);
        open("/admin/courses", "#export-course");
        WebElement course = driver.findElement(By.cssSelector("#export-course input"));
        course.sendKeys("ai-public-policy");
        // The list filters as one types: wait for the flagship's own item rather than whatever is listed first.
        WebElement flagship = until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(item -> item.isDisplayed() && item.getText().contains("AI for Public Policy"))
                .findFirst()
                .orElse(null));
        flagship.click();
        until(d -> d.findElement(By.id("export-zip")).isDisplayed());
        String href = driver.findElement(By.id("export-zip")).getDomProperty("href");
        byte[] zip = downloadWithSession(href);
        java.util.List<String> names = new java.util.ArrayList<>();
        try (java.util.zip.ZipInputStream in =
                new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names).contains("ai-public-policy/course.yaml", "ai-public-policy/01-what-is-ai/module.yaml");

        java.nio.file.Path file = java.nio.file.Files.write(
                java.nio.file.Path.of("target", "ai-public-policy-" + System.nanoTime() + ".zip"), zip);
        upload("import-zip", file);
        waitForText("ai-public-policy — unchanged, version 1");
    }

    @Test
    void anAdministratorEnrolsPeopleAndIsToldOfANameThatMatchesNobody() {
        signInAndWaitForHome("admin", DEMO_PASSWORD);
        open("/admin/enrolments", "#enrol-course");
        driver.findElement(By.id("enrol-course")).click();
        until(d -> !d.findElements(By.cssSelector("vaadin-select-item")).isEmpty());
        driver.findElements(By.cssSelector("vaadin-select-item")).getFirst().click();
        type("#enrol-names textarea", "apprenant\nnobody-by-this-name");
        driver.findElement(By.id("enrol-submit")).click();

        waitForText("nobody-by-this-name: no account has this username or email");
        assertThat(pageText()).containsPattern("apprenant: (enrolled|already enrolled)");
        assertThat(driver.findElement(By.cssSelector("#enrol-names textarea")).getDomProperty("value"))
                .as("only the line that found nobody is left to correct")
                .isEqualTo("nobody-by-this-name");
        Accessibility.check(driver, "enrolment outcomes");
        saveScreenshot("admin-enrolments");
    }

    private void type(String css, String text) {
        WebElement field = driver.findElement(By.cssSelector(css));
        field.clear();
        field.sendKeys(text, Keys.TAB);
    }
}
