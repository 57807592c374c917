package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
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

        // A new course: the short name made from its title is offered until one is typed.
        type("#new-course-title input", "Data protection for public officials");
        until(d -> "data-protection-for-public-officials"
                .equals(d.findElement(By.cssSelector("#new-course-id input")).getDomAttribute("placeholder")));
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

        // The quiz, imported from GIFT files in English and French.
        importQuiz(id, "01-principles");

        // Preview as learner: the draft as a learner would read it.
        open("/author/" + id + "/preview/01-principles/01-lawful-processing", "#preview-banner");
        assertThat(driver.findElement(By.cssSelector("#lesson-text h2")).getText())
                .isEqualTo("Six principles");
        assertThat(driver.findElements(By.cssSelector("#lesson-text script"))).isEmpty();
        saveScreenshot("editor-preview-en");

        // Checked with the importer's rules, then published.
        open("/author/" + id, "#check-course");
        driver.findElement(By.id("check-course")).click();
        waitForText("Ready to publish: 1 modules, 1 lessons, no problem found.");
        driver.findElement(By.id("publish-course")).click();
        confirm();
        until(d -> !d.findElements(By.id("editor-notice")).isEmpty());
        assertThat(driver.findElement(By.id("editor-notice")).getText()).isEqualTo("Published as version 1.");
        assertThat(driver.findElement(By.id("editor-status")).getText()).startsWith("published version 1");

        // A learner finds it in the catalog and completes it.
        driver.manage().deleteAllCookies();
        String learner = newAccount(Role.LEARNER, "KE", Language.EN);
        signInAndWaitForHome(learner, DEMO_PASSWORD);
        open("/catalog", "#catalog");
        waitForText("Data protection for public officials");
        driver.findElement(By.linkText("Data protection for public officials")).click();
        ready("#enrol");
        driver.findElement(By.id("enrol")).click();
        ready("#continue");
        driver.findElement(By.id("continue")).click();
        ready("#lesson-text");
        assertThat(driver.findElement(By.cssSelector("#lesson-text strong")).getText())
                .isEqualTo("lawfully");
        driver.findElement(By.id("complete-lesson")).click();
        until(d -> d.getCurrentUrl().endsWith("/quiz/01-principles"));
        ready("#start-quiz");
        driver.findElement(By.id("start-quiz")).click();
        ready("#attempt");
        String last = new QuizAnswers(GIFT_EN).answerAll(driver);
        until(d -> QuizAnswers.allSaved(d, last));
        driver.findElement(By.id("submit-quiz")).click();
        until(d -> !d.findElements(By.id("confirm-submit")).isEmpty());
        driver.findElement(By.id("confirm-submit")).click();
        ready("#quiz-result");
        assertThat(pageText()).contains("You passed this quiz.");
        open("/course/" + id, "#course-completed");
        assertThat(driver.findElement(By.id("course-completed")).getText()).startsWith("Completed on");
    }

    static final String GIFT_EN = """
            ::lawful-basis::Which of these is a lawful basis for processing personal data?{
            =The person’s informed consent#Right: consent is one of the lawful bases.
            ~The data are easy to collect#No: being easy to collect is no legal basis.
            ~A vendor asked for them#No: a request from a vendor is no legal basis.
            }

            ::breach-notice::A data breach must be reported to the authority without undue delay.{TRUE#Wrong: the law asks for prompt notice.#Right.}
            """;

    static final String GIFT_FR = """
            ::lawful-basis::Laquelle de ces raisons est une base légale pour traiter des données personnelles ?{
            =Le consentement éclairé de la personne#Exact : le consentement est une base légale.
            ~Les données sont faciles à collecter#Non : la facilité n’est pas une base légale.
            ~Un fournisseur les a demandées#Non : la demande d’un fournisseur n’est pas une base légale.
            }

            ::breach-notice::Une violation de données doit être notifiée à l’autorité dans les meilleurs délais.{TRUE#Faux : la loi demande une notification rapide.#Exact.}
            """;

    /** In the quiz editor: GIFT files uploaded for English and French, then saved. */
    private void importQuiz(String id, String module) throws Exception {
        driver.findElement(By.id("quiz-" + module)).click();
        ready("#quiz-gift-upload");
        Path folder = Files.createDirectories(Path.of("target", "gift"));
        // A GIFT file with a mistake first: the importer's precise problem, and nothing changes.
        upload(
                "quiz-gift-upload",
                Files.writeString(folder.resolve(id + ".broken.gift"), "::no-answers::A question {\n"));
        until(d -> !d.findElements(By.cssSelector("#quiz-gift-problems li")).isEmpty());
        assertThat(driver.findElement(By.id("quiz-gift-problems")).getText()).contains(id + ".broken.gift");
        upload("quiz-gift-upload", Files.writeString(folder.resolve(id + ".en.gift"), GIFT_EN));
        waitForText("Questions imported: 2, in English. Save to keep them.");
        choose("quiz-language", "Français");
        upload("quiz-gift-upload", Files.writeString(folder.resolve(id + ".fr.gift"), GIFT_FR));
        waitForText("Questions imported: 2, in Français. Save to keep them.");
        driver.findElement(By.id("quiz-save")).click();
        waitForText("Saved. The quiz is ready to publish.");
        saveScreenshot("editor-quiz-en");
        String export = driver.findElement(By.id("quiz-gift-export")).getDomProperty("href");
        assertThat(new String(downloadWithSession(export), StandardCharsets.UTF_8))
                .contains("::lawful-basis::")
                .contains("Le consentement éclairé de la personne");
        open("/author/" + id, "#quiz-" + module);
        assertThat(driver.findElement(By.id("quiz-" + module)).getText()).isEqualTo("Quiz: 2 questions — edit");
    }

    private void confirm() {
        until(d ->
                !d.findElements(By.cssSelector("vaadin-confirm-dialog[opened]")).isEmpty());
        ((JavascriptExecutor) driver)
                .executeScript("document.querySelector('vaadin-confirm-dialog[opened]')"
                        + ".querySelector('[slot=confirm-button]').click()");
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
        driver.switchTo().newWindow(WindowType.TAB);
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

    @Test
    void aReadingTimeOutOfRangeIsRefusedOnItsFieldAndLeavingUnsavedTextAsksFirst() {
        String instructor = newAccount(Role.INSTRUCTOR, "SN", Language.EN);
        String id = "minutes-" + UUID.randomUUID().toString().substring(0, 6);
        signInAndWaitForHome(instructor, DEMO_PASSWORD);
        type("#new-course-title input", "Reading time");
        type("#new-course-id input", id);
        driver.findElement(By.id("create-course")).click();
        ready("#new-module");
        type("#new-module input", "Basics");
        driver.findElement(By.id("new-module-add")).click();
        ready("#new-lesson-01-basics");
        type("#new-lesson-01-basics input", "Licences");
        driver.findElement(By.id("new-lesson-01-basics-add")).click();
        ready("#lesson-01-basics-01-licences");
        open("/author/" + id + "/lesson/01-basics/01-licences", "#lesson-markdown");

        type("#lesson-minutes input", "500");
        until(d -> d.findElement(By.id("lesson-minutes")).getDomAttribute("invalid") != null);
        typeArea("Not saved yet.\n", "Not saved yet.");
        driver.findElement(By.id("lesson-save")).click();
        // The field says it as soon as it is left; the save says it again beside the button.
        until(d -> d.findElements(By.id("lesson-message")).stream()
                .anyMatch(note -> note.getText().equals("Reading time must be between 1 and 180 minutes.")));

        // Leaving with the text unsaved asks first; staying keeps it.
        driver.findElement(By.cssSelector("#lesson-editor .trail a")).click();
        until(d ->
                !d.findElements(By.cssSelector("vaadin-confirm-dialog[opened]")).isEmpty());
        ((JavascriptExecutor) driver)
                .executeScript("document.querySelector('vaadin-confirm-dialog[opened]')"
                        + ".querySelector('[slot=cancel-button]').click()");
        until(d ->
                d.findElements(By.cssSelector("vaadin-confirm-dialog[opened]")).isEmpty());
        assertThat(driver.getCurrentUrl()).endsWith("/lesson/01-basics/01-licences");
        assertThat(driver.findElement(By.cssSelector("#lesson-markdown textarea"))
                        .getDomProperty("value"))
                .isEqualTo("Not saved yet.\n");

        // A valid reading time saves, and then leaving asks nothing.
        type("#lesson-minutes input", "12");
        driver.findElement(By.id("lesson-save")).click();
        waitForText("Saved in the draft.");
        driver.findElement(By.cssSelector("#lesson-editor .trail a")).click();
        until(d -> d.getCurrentUrl().endsWith("/author/" + id));
        ready("#course-settings");
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
