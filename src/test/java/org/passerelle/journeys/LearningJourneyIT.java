package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.passerelle.identity.Role;
import org.passerelle.shared.Language;

/** Learners take the flagship course: enrol, read, fail and pass quizzes, resume, complete. */
class LearningJourneyIT extends BrowserJourney {

    static final String COURSE = "/course/ai-public-policy";

    @Test
    void aLearnerEnrolsReadsFailsAQuizRetriesAndCompletesTheCourse() {
        signInAndWaitForHome("learner", DEMO_PASSWORD);
        open(COURSE, "#course");
        if (!driver.findElements(By.id("enrol")).isEmpty()) {
            driver.findElement(By.id("enrol")).click();
        }
        ready("#continue");
        assertThat(driver.findElement(By.id("course-progress")).getDomAttribute("value"))
                .isEqualTo("0");

        // Two lessons, then the first quiz: failed once, passed on the second attempt.
        driver.findElement(By.id("continue")).click();
        ready("#lesson-text");
        saveScreenshot("lesson-en");
        assertThat(pageText()).contains("Defining artificial intelligence");
        driver.findElement(By.id("complete-lesson")).click();
        until(d -> d.getCurrentUrl().endsWith("/lesson/01-what-is-ai/02-how-machines-learn"));
        ready("#lesson-media");
        assertThat(driver.findElement(By.cssSelector("#lesson-text img")).getDomAttribute("src"))
                .startsWith("/course-media/ai-public-policy/");
        assertThat(pageText()).containsPattern("Slides, PDF \\(\\d+ KB\\)");
        driver.findElement(By.id("complete-lesson")).click();
        until(d -> d.getCurrentUrl().endsWith("/lesson/01-what-is-ai/03-capabilities-limits-risks"));
        ready("#complete-lesson");
        driver.findElement(By.id("complete-lesson")).click();
        until(d -> d.getCurrentUrl().endsWith("/quiz/01-what-is-ai"));
        ready("#start-quiz");
        driver.findElement(By.id("start-quiz")).click();
        ready("#attempt");
        saveScreenshot("quiz-en");
        driver.findElement(By.id("submit-quiz")).click();
        clickOnceShown("confirm-submit");
        ready("#quiz-result");
        assertThat(pageText()).contains("You did not pass this time.");
        clickOnceShown("retry-quiz");
        ready("#attempt");
        answerAndSubmit(new QuizAnswers("01-what-is-ai", Language.EN));
        assertThat(pageText()).contains("You passed this quiz.").contains("Your score: 100 %");
        saveScreenshot("quiz-result-en");

        // Every other step, the way a learner goes: Continue, read, complete; take each quiz.
        for (int step = 0; step < 40; step++) {
            open(COURSE, "#course");
            if (!driver.findElements(By.id("course-completed")).isEmpty()) {
                break;
            }
            driver.findElement(By.id("continue")).click();
            until(d ->
                    d.getCurrentUrl().contains("/lesson/") || d.getCurrentUrl().contains("/quiz/"));
            if (driver.getCurrentUrl().contains("/lesson/")) {
                ready("#complete-lesson");
                driver.findElement(By.id("complete-lesson")).click();
                until(d -> !d.getCurrentUrl().contains("/lesson/")
                        || !d.findElements(By.id("lesson-text")).isEmpty());
            } else {
                String module =
                        driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
                ready("#start-quiz");
                driver.findElement(By.id("start-quiz")).click();
                ready("#attempt");
                answerAndSubmit(new QuizAnswers(module, Language.EN));
                assertThat(pageText()).contains("You passed this quiz.");
            }
        }
        assertThat(driver.findElement(By.id("course-completed")).getText()).startsWith("Completed on");

        open("/my-learning", "#my-learning");
        assertThat(driver.findElement(By.id("completed")).getText())
                .contains("AI for Public Policy: Capacity-Building Essentials")
                .containsPattern("Completed on .* · score \\d+");
        saveScreenshot("my-learning-en");

        // The record appears; anyone can check it, signed out; once revoked, the page says so.
        until(d -> !d.findElements(By.cssSelector("#my-records .record-link")).isEmpty());
        String verification =
                driver.findElement(By.cssSelector("#my-records .record-link")).getDomAttribute("href");
        String recordId = verification.substring(verification.lastIndexOf('/') + 1);
        // Its certificate downloads with the learner's session, as a PDF.
        String certificate = driver.findElement(By.cssSelector("#my-records .certificate-link"))
                .getDomProperty("href");
        assertThat(certificate).endsWith("/records/" + recordId + "/certificate.pdf");
        assertThat(((JavascriptExecutor) driver).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')),
                            e => done(String(e)));
                        """, certificate))
                .isEqualTo("200 application/pdf");
        assertThat(driver.findElements(By.cssSelector("#my-records .badge-download")))
                .extracting(link -> link.getDomAttribute("href"))
                .contains("records/" + recordId + "/badge.json", "records/" + recordId + "/badge.jwt");
        driver.manage().deleteAllCookies();
        open("/" + verification, "#verify-status");
        assertThat(driver.findElement(By.id("verify-status")).getText()).startsWith("Valid:");
        assertThat(pageText()).contains("Wanjiru Kamau").contains("Kenya");
        saveScreenshot("verify-valid-en");

        signInAndWaitForHome("admin", DEMO_PASSWORD);
        open("/admin/records", "#revoke-" + recordId);
        assertThat(driver.findElements(By.id("certificate-" + recordId))).hasSize(1);
        driver.findElement(By.id("revoke-" + recordId)).click();
        ready("#revoke-confirm");
        driver.findElement(By.id("revoke-confirm")).click();
        waitForText("Give the reason");
        driver.findElement(By.cssSelector("#revoke-reason input")).sendKeys("Issued in error during a test", Keys.TAB);
        driver.findElement(By.id("revoke-confirm")).click();
        // Other tests' records in the same database may already say "Revoked on": wait for this record's row.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-" + recordId), "Revoked on"));

        driver.manage().deleteAllCookies();
        open("/" + verification, "#verify-status");
        assertThat(driver.findElement(By.id("verify-status")).getText())
                .startsWith("Revoked on")
                .contains("Issued in error during a test");
        open("/verify/not-a-record", "#verify-not-found");
    }

    @Test
    void aFrenchLearnerReloadsInTheMiddleOfAQuizAndFindsTheirAnswers() {
        signInAndWaitForHome("apprenant", DEMO_PASSWORD);
        open(COURSE, "#course");
        if (!driver.findElements(By.id("enrol")).isEmpty()) {
            driver.findElement(By.id("enrol")).click();
            ready("#continue");
        }
        open(COURSE + "/quiz/04-governance-frameworks", "#quiz");
        if (!driver.findElements(By.id("start-quiz")).isEmpty()) {
            driver.findElement(By.id("start-quiz")).click();
        }
        ready("#attempt");
        // Questions come in a shuffled order: take the first one answered by a choice.
        WebElement first = driver.findElements(By.cssSelector("#attempt fieldset.question")).stream()
                .filter(q -> !q.findElements(By.cssSelector("input[type=radio], input[type=checkbox]"))
                        .isEmpty())
                .findFirst()
                .orElseThrow();
        WebElement radio = first.findElements(By.cssSelector("input[type=radio], input[type=checkbox]"))
                .get(0);
        String firstId = first.getDomAttribute("id");
        String value = radio.getDomAttribute("value");
        radio.click();
        until(d -> d.findElement(By.cssSelector("#" + firstId + " .save-status"))
                .getText()
                .equals("Enregistré"));
        WebElement typed = driver.findElements(By.cssSelector("#attempt input[type=text]")).stream()
                .findFirst()
                .orElse(null);
        String typedId = null;
        if (typed != null) {
            typed.sendKeys("ma réponse", Keys.TAB);
            typedId = typed.findElement(By.xpath("ancestor::fieldset")).getDomAttribute("id");
            String id = typedId;
            until(d -> d.findElement(By.cssSelector("#" + id + " .save-status"))
                    .getText()
                    .equals("Enregistré"));
        }

        driver.navigate().refresh();
        ready("#attempt");
        assertThat(driver.findElement(By.cssSelector("#" + firstId + " input[value='" + value + "']"))
                        .isSelected())
                .as("the choice made before the reload")
                .isTrue();
        if (typedId != null) {
            assertThat(driver.findElement(By.cssSelector("#" + typedId + " input[type=text]"))
                            .getDomProperty("value"))
                    .isEqualTo("ma réponse");
        }
        assertThat(pageText()).contains("Chaque réponse est enregistrée");
        assertThat(driver.findElement(By.id("quiz-deadline")).getText())
                .as("the deadline in the learner's own clock time, written by the browser")
                .startsWith("Temps limité : envoyez avant")
                .doesNotContain("UTC");
    }

    @Test
    void aLearnerReadingArabicReadsALessonAndAnswersAQuizRightToLeft() {
        String username = newAccount(Role.LEARNER, "EG", Language.AR);
        signInAndWaitForHome(username, DEMO_PASSWORD);
        open(COURSE, "#course");
        driver.findElement(By.id("enrol")).click();
        ready("#continue");
        driver.findElement(By.id("continue")).click();
        ready("#lesson-text");
        assertThat(documentAttribute("dir")).isEqualTo("rtl");
        WebElement text = driver.findElement(By.id("lesson-text"));
        assertThat(text.getDomAttribute("lang")).isEqualTo("en");
        assertThat(text.getDomAttribute("dir"))
                .as("English course text keeps its direction")
                .isEqualTo("ltr");
        assertThat(pageText()).contains("غير متاح بلغتك بعد");
        saveScreenshot("lesson-ar");

        open(COURSE + "/quiz/01-what-is-ai", "#start-quiz");
        recordServerResponses();
        driver.findElement(By.id("start-quiz")).click();
        ready("#attempt");
        QuizAnswers answers = new QuizAnswers("01-what-is-ai", Language.EN);
        String answered = answers.answerAll(driver);
        until(d -> d.findElement(By.cssSelector("#q-" + answered + " .save-status"))
                .getText()
                .equals("تم الحفظ"));
        assertThat(documentAttribute("dir")).isEqualTo("rtl");
        saveScreenshot("quiz-ar");
        String beforeGrading = serverResponses();
        assertThat(beforeGrading).as("the recorder saw the questions").contains(answers.textSnippet(answered));
        assertThat(answers.feedbackSnippets()).isNotEmpty();
        for (String feedback : answers.feedbackSnippets()) {
            assertThat(beforeGrading).as("no feedback before grading").doesNotContain(feedback);
        }

        driver.findElement(By.id("submit-quiz")).click();
        clickOnceShown("confirm-submit");
        ready("#quiz-result");
        String afterGrading = serverResponses();
        assertThat(answers.feedbackSnippets())
                .as("feedback arrives once graded")
                .anySatisfy(feedback -> assertThat(afterGrading).contains(feedback));
        saveScreenshot("quiz-result-ar");
    }

    @Test
    void lessonAndQuizPagesLoadNoCodeThatOnlyOtherViewsNeed() {
        signInAndWaitForHome("apprenant", DEMO_PASSWORD);
        open("/login", "#sign-in");
        java.util.Set<String> shell = scripts();
        open(COURSE, "#course");
        if (!driver.findElements(By.id("enrol")).isEmpty()) {
            driver.findElement(By.id("enrol")).click();
            ready("#continue");
        }
        open(COURSE + "/lesson/01-what-is-ai/01-defining-ai", "#lesson-text");
        java.util.Set<String> lesson = scripts();
        open(COURSE + "/quiz/01-what-is-ai", "#quiz");
        java.util.Set<String> quiz = scripts();
        driver.findElement(By.cssSelector("#main-menu a[href='catalog']")).click();
        ready("#catalog-search");
        java.util.Set<String> catalog = scripts();

        assertThat(lesson)
                .as("scripts of a lesson page beyond the login page's")
                .isSubsetOf(shell);
        assertThat(quiz).as("scripts of a quiz page beyond the login page's").isSubsetOf(shell);
        assertThat(catalog)
                .as("the catalog's own code exists, and arrives only with the catalog")
                .isNotEqualTo(shell)
                .containsAll(shell);
    }

    /** The scripts this page has loaded so far (file names; the cache does not hide them). */
    private java.util.Set<String> scripts() {
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) ((JavascriptExecutor) driver)
                .executeScript("return performance.getEntriesByType('resource').map(e => e.name)"
                        + ".concat(Array.from(document.scripts).map(s => s.src))"
                        + ".filter(n => /\\.js(\\?|$)/.test(n)).map(n => n.replace(/^https?:\\/\\/[^/]+/, ''))");
        return new java.util.TreeSet<>(names);
    }

    private void answerAndSubmit(QuizAnswers answers) {
        String last = answers.answerAll(driver);
        until(d -> QuizAnswers.allSaved(d, last));
        driver.findElement(By.id("submit-quiz")).click();
        clickOnceShown("confirm-submit");
        ready("#quiz-result");
    }

    private void clickOnceShown(String id) {
        until(d -> !d.findElements(By.id(id)).isEmpty());
        driver.findElement(By.id(id)).click();
    }

    /** Keeps the text of every response the server sends to this page from now on. */
    private void recordServerResponses() {
        ((JavascriptExecutor) driver).executeScript("""
                window.__responses = [];
                const send = XMLHttpRequest.prototype.send;
                XMLHttpRequest.prototype.send = function (...args) {
                  this.addEventListener('load', () => window.__responses.push(this.responseText));
                  return send.apply(this, args);
                };
                const fetched = window.fetch;
                window.fetch = (...args) => fetched(...args).then(response => {
                  response.clone().text().then(text => window.__responses.push(text));
                  return response;
                });
                """);
    }

    private String serverResponses() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return window.__responses.join('\\n')"));
    }
}
