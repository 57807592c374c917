package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.passerelle.identity.Role;
import org.passerelle.shared.Language;

/** Instructors build a course in the app: texts in two languages, a quiz from GIFT, preview and publish. */
class AuthoringJourneyIT extends BrowserJourney {

    @Test
    void anInstructorBuildsACourseInEnglishAndFrenchWithAGiftQuizAndPublishesIt() throws Exception {
        String instructor = newAccount(Role.INSTRUCTOR, "KE", Language.EN);
        String id = "data-protection-" + UUID.randomUUID().toString().substring(0, 6);
        signInAndWaitForHome(instructor, DEMO_PASSWORD);
        assertThat(driver.getCurrentUrl()).endsWith("/courses");
        assertThat(pageText()).contains("You do not author any course yet.");

        // A new course: its short name follows the title until typed.
        type("#new-course-title input", "Data protection for public officials");
        until(d -> d.findElement(By.cssSelector("#new-course-id input"))
                .getDomProperty("value")
                .equals("data-protection-for-public-officials"));
        type("#new-course-id input", id);
        driver.findElement(By.id("create-course")).click();
        until(d -> d.getCurrentUrl().endsWith("/author/" + id));
        ready("#course-settings");
        assertThat(driver.findElement(By.id("editor-status")).getText()).contains("not published yet");

        // Settings and texts in English, then in French.
        type("#settings-description textarea", "What the law asks of a ministry that handles personal data.");
        type("#settings-authors textarea", "Amina Diallo (Data Protection Commission)");
        choose("settings-language", "Français");
        until(d -> d.findElement(By.cssSelector("#settings-title input"))
                .getDomProperty("value")
                .isEmpty());
        type("#settings-title input", "La protection des données pour les agents publics");
        type(
                "#settings-description textarea",
                "Ce que la loi demande à un ministère qui traite des données personnelles.");
        driver.findElement(By.id("settings-save")).click();
        ready("#coverage-fr");

        // One module with one lesson.
        type("#new-module input", "Principles");
        driver.findElement(By.id("new-module-add")).click();
        ready("#new-lesson-01-principles");
        type("#new-lesson-01-principles input", "Lawful processing");
        driver.findElement(By.id("new-lesson-01-principles-add")).click();
        ready("#lesson-01-principles-01-lawful-processing");
        driver.findElement(By.id("lesson-01-principles-01-lawful-processing")).click();

        // The English text, with its live preview: rendered and sanitised as learners get it.
        ready("#lesson-markdown");
        typeArea(
                "## Six principles\n\nPersonal data are processed **lawfully**, fairly and transparently.\n\n"
                        + "<script>document.title='owned'</script>\n",
                "fairly and transparently");
        assertThat(driver.findElement(By.cssSelector("#lesson-preview h2")).getText())
                .isEqualTo("Six principles");
        assertThat(driver.findElement(By.cssSelector("#lesson-preview strong")).getText())
                .isEqualTo("lawfully");
        assertThat(driver.findElements(By.cssSelector("#lesson-preview script")))
                .isEmpty();
        driver.findElement(By.id("lesson-save")).click();
        waitForText("Saved in the draft.");
        saveScreenshot("editor-lesson-en");

        // The French text of the same lesson.
        driver.findElement(By.id("lesson-lang-fr")).click();
        ready("#lesson-not-written");
        type("#lesson-title input", "Un traitement licite");
        typeArea("## Six principes\n\nLes données personnelles sont traitées de manière **licite**.\n", "de manière");
        until(d -> d.findElement(By.cssSelector("#lesson-preview h2")).getText().equals("Six principes"));
        assertThat(driver.findElement(By.id("lesson-preview")).getDomAttribute("lang"))
                .isEqualTo("fr");
        driver.findElement(By.id("lesson-save")).click();
        waitForText("Saved in the draft.");

        // The editor in Arabic: right to left.
        chooseLanguage("العربية");
        until(d -> "rtl".equals(documentAttribute("dir")));
        ready("#lesson-markdown");
        saveScreenshot("editor-lesson-ar");
        chooseLanguage("English");
        until(d -> "ltr".equals(documentAttribute("dir")));

        open("/author/" + id, "#coverage");
        assertThat(driver.findElement(By.id("coverage-en")).getText()).isEqualTo("English: 100 %");
        assertThat(driver.findElement(By.id("coverage-fr")).getText()).isEqualTo("Français: 100 %");
        saveScreenshot("editor-course-en");
    }

    @Test
    void aSecondEditSessionOfTheSameLessonIsRefusedAndKeepsItsText() {
        String instructor = newAccount(Role.INSTRUCTOR, "SN", Language.EN);
        String id = "conflict-" + UUID.randomUUID().toString().substring(0, 6);
        signInAndWaitForHome(instructor, DEMO_PASSWORD);
        type("#new-course-title input", "Open data");
        type("#new-course-id input", id);
        driver.findElement(By.id("create-course")).click();
        ready("#new-module");
        type("#new-module input", "Basics");
        driver.findElement(By.id("new-module-add")).click();
        ready("#new-lesson-01-basics");
        type("#new-lesson-01-basics input", "Licences");
        driver.findElement(By.id("new-lesson-01-basics-add")).click();
        ready("#lesson-01-basics-01-licences");
        String lesson = "/author/" + id + "/lesson/01-basics/01-licences";

        // Two edit sessions of the same lesson: this tab and another one.
        open(lesson, "#lesson-markdown");
        String first = driver.getWindowHandle();
        driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        open(lesson, "#lesson-markdown");
        typeArea("Open licences let anyone reuse the data.\n", "reuse the data");
        driver.findElement(By.id("lesson-save")).click();
        waitForText("Saved in the draft.");
        driver.close();
        driver.switchTo().window(first);

        typeArea("Every dataset names its licence.\n", "names its licence");
        driver.findElement(By.id("lesson-save")).click();
        waitForText("after you opened it. Nothing was overwritten.");
        assertThat(driver.findElement(By.cssSelector("#lesson-markdown textarea"))
                        .getDomProperty("value"))
                .as("the refused text stays in the editor")
                .isEqualTo("Every dataset names its licence.\n");
        assertThat(driver.findElement(By.cssSelector("#conflict-theirs textarea"))
                        .getDomProperty("value"))
                .contains("Open licences let anyone reuse the data.");
        saveScreenshot("editor-conflict-en");

        // Merged on purpose, then saved: now it replaces theirs.
        typeArea("Every dataset names its licence.\n\nOpen licences let anyone reuse the data.\n", "reuse the data");
        driver.findElement(By.id("lesson-save")).click();
        waitForText("Saved in the draft.");
        open(lesson, "#lesson-markdown");
        assertThat(driver.findElement(By.cssSelector("#lesson-markdown textarea"))
                        .getDomProperty("value"))
                .isEqualTo("Every dataset names its licence.\n\nOpen licences let anyone reuse the data.");
    }

    private void type(String css, String text) {
        WebElement field = driver.findElement(By.cssSelector(css));
        field.clear();
        field.sendKeys(text, Keys.TAB);
    }

    /** Types a lesson's Markdown and waits until the live preview shows a text of it. */
    private void typeArea(String text, String shown) {
        WebElement area = driver.findElement(By.cssSelector("#lesson-markdown textarea"));
        area.clear();
        area.sendKeys(text);
        until(d -> d.findElement(By.id("lesson-preview")).getText().contains(shown));
    }

    private void choose(String selectId, String item) {
        driver.findElement(By.id(selectId)).click();
        until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .anyMatch(e -> e.getText().equals(item)));
        driver.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(e -> e.getText().equals(item))
                .findFirst()
                .orElseThrow()
                .click();
    }
}
