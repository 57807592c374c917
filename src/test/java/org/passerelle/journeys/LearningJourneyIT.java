package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.passerelle.identity.Role;
import org.passerelle.learning.ui.LearningIds;
import org.passerelle.shared.Language;

/** Learners take the flagship course: enrol, read, fail and pass quizzes, resume, complete. */
class LearningJourneyIT extends BrowserJourney {

    static final String COURSE = "/course/ai-public-policy";

    final CoursePage course = new CoursePage(this);
    final LessonPage lesson = new LessonPage(this);
    final QuizPage quiz = new QuizPage(this);

    @Test
    void aLearnerEnrolsReadsFailsAQuizRetriesAndCompletesTheCourse() {
        signInAndWaitForHome("learner", DEMO_PASSWORD);
        course.open(COURSE).enrolledAndReady();
        assertThat(course.stepsDone()).isEqualTo("0");
        assertThat(course.continueLabel()).as("the button names the first step").startsWith("Start: ");

        // Two lessons, then the first quiz: failed once, passed on the second attempt.
        course.continueLearning();
        lesson.shown();
        saveScreenshot("lesson-en");
        assertThat(pageText()).contains("Defining artificial intelligence");
        assertThat(lesson.place()).isEqualTo("Module 1 of 6 · Lesson 1 of 3");
        assertThat(lesson.barNextAddress()).endsWith("/lesson/01-what-is-ai/02-how-machines-learn");
        assertThat(lesson.barVisibleAtTheEnd())
                .as("the way on stays in view at the end of a long text")
                .isTrue();
        lesson.complete();
        until(d -> d.getCurrentUrl().endsWith("/lesson/01-what-is-ai/02-how-machines-learn"));
        lesson.mediaShown();
        assertThat(lesson.inText("img").getDomAttribute("src")).startsWith("/course-media/ai-public-policy/");
        assertThat(pageText()).containsPattern("Slides, PDF \\(\\d+ KB\\)");
        lesson.complete();
        until(d -> d.getCurrentUrl().endsWith("/lesson/01-what-is-ai/03-capabilities-limits-risks"));
        lesson.completeShown().complete();
        until(d -> d.getCurrentUrl().endsWith("/quiz/01-what-is-ai"));
        quiz.startShown().start();
        saveScreenshot("quiz-en");
        quiz.submit();
        assertThat(quiz.summary()).contains("You did not pass this time.").contains("Attempts left: 2");
        assertThat(quiz.focusOnSummary()).as("the focus, after submitting").isTrue();
        assertThat(quiz.summaryAboveReview()).isTrue();
        assertThat(quiz.primaryActions()).as("not passed: the filled button").containsExactly("Try again");
        quiz.retry();
        quiz.answerAndSubmit(new QuizAnswers("01-what-is-ai", Language.EN));
        assertThat(quiz.summary()).contains("You passed this quiz.").contains("Your score: 100 %");
        assertThat(quiz.focusOnSummary()).as("the focus, after submitting").isTrue();
        assertThat(quiz.summaryAboveReview()).isTrue();
        assertThat(quiz.primaryActions())
                .as("passed: the filled button goes on, it does not invite another attempt")
                .containsExactly("Continue: AI in health: promise, practice and safeguards");
        assertThat(quiz.retryButton())
                .as("an attempt is left: offered, as a plain button")
                .hasValueSatisfying(
                        retry -> assertThat(retry.getDomProperty("className")).doesNotContain("primary-action"));
        saveScreenshot("quiz-result-en");
        quiz.continueAfterPassing();
        until(d -> d.getCurrentUrl().endsWith("/lesson/02-ai-for-development/01-ai-in-health"));
        assertThat(new MyLearningPage(this).openInProgress().continueLabel("ai-public-policy"))
                .as("mid-course, My learning names the next step")
                .startsWith("Continue: ");

        // Every other step, the way a learner goes: Continue, read, complete; take each quiz.
        for (int step = 0; step < 40; step++) {
            course.open(COURSE);
            if (course.isCompleted()) {
                break;
            }
            course.continueLearning();
            until(d ->
                    d.getCurrentUrl().contains("/lesson/") || d.getCurrentUrl().contains("/quiz/"));
            if (driver.getCurrentUrl().contains("/lesson/")) {
                lesson.completeShown().complete();
                until(d -> !d.getCurrentUrl().contains("/lesson/") || lesson.isShown());
            } else {
                String module =
                        driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
                quiz.startShown().start();
                quiz.answerAndSubmit(new QuizAnswers(module, Language.EN));
                assertThat(pageText()).contains("You passed this quiz.");
            }
        }
        assertThat(course.completedNote()).startsWith("Completed on");
        assertThat(course.recordsAddress()).isEqualTo("my-learning#my-records");

        MyLearningPage myLearning = new MyLearningPage(this).open();
        assertThat(myLearning.completed())
                .contains("AI for Public Policy: Capacity-Building Essentials")
                .containsPattern("Completed on .* · score \\d+");
        saveScreenshot("my-learning-en");

        // The record appears; anyone can check it, signed out; once revoked, the page says so.
        String verification = myLearning.firstRecordVerification();
        String recordId = verification.substring(verification.lastIndexOf('/') + 1);
        // Its certificate downloads with the learner's session, as a PDF.
        String certificate = myLearning.firstCertificate();
        assertThat(certificate).endsWith("/records/" + recordId + "/certificate.pdf");
        assertThat(((JavascriptExecutor) driver).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')),
                            e => done(String(e)));
                        """, certificate))
                .isEqualTo("200 application/pdf");
        assertThat(myLearning.badgeDownloads())
                .contains("records/" + recordId + "/badge.json", "records/" + recordId + "/badge.jwt");
        driver.manage().deleteAllCookies();
        VerifyPage verify = new VerifyPage(this);
        assertThat(verify.status(verification)).startsWith("Valid:");
        assertThat(pageText()).contains("Wanjiru Kamau").contains("Kenya");
        saveScreenshot("verify-valid-en");

        signInAndWaitForHome("admin", DEMO_PASSWORD);
        RecordsPage records = new RecordsPage(this).open(recordId);
        assertThat(records.certificateLinks(recordId)).isEqualTo(1);
        records.askToRevoke(recordId);
        records.confirmRevocation();
        waitForText("Give the reason");
        records.giveReason("Issued in error during a test");
        records.confirmRevocation();
        // Other tests' records in the same database may already say "Revoked on": wait for this record's row.
        records.waitUntilRevoked(recordId);

        driver.manage().deleteAllCookies();
        assertThat(verify.status(verification)).startsWith("Revoked on").contains("Issued in error during a test");
        verify.openUnknown("/verify/not-a-record");
    }

    @Test
    void aFrenchLearnerReloadsInTheMiddleOfAQuizAndFindsTheirAnswers() {
        signInAndWaitForHome("apprenant", DEMO_PASSWORD);
        course.open(COURSE).enrolUnlessEnrolled();
        quiz.open(COURSE + "/quiz/04-governance-frameworks").startUnlessStarted();
        // Questions come in a shuffled order: take the first one answered by a choice.
        WebElement first = quiz.firstChoiceQuestion();
        WebElement radio = quiz.choices(first).get(0);
        String firstId = first.getDomAttribute("id");
        String value = radio.getDomAttribute("value");
        radio.click();
        until(d -> quiz.saveStatus(firstId).equals("Enregistré"));
        WebElement typed = quiz.firstTypedAnswer().orElse(null);
        String typedId = null;
        if (typed != null) {
            typed.sendKeys("ma réponse", Keys.TAB);
            typedId = quiz.questionOf(typed);
            String id = typedId;
            until(d -> quiz.saveStatus(id).equals("Enregistré"));
        }

        driver.navigate().refresh();
        quiz.attemptShown();
        assertThat(quiz.isChosen(firstId, value))
                .as("the choice made before the reload")
                .isTrue();
        if (typedId != null) {
            assertThat(quiz.typed(typedId)).isEqualTo("ma réponse");
        }
        assertThat(pageText()).contains("Chaque réponse est enregistrée");
        assertThat(quiz.deadline())
                .as("the deadline in the learner's own clock time, written by the browser")
                .startsWith("Temps limité\u202f: envoyez avant")
                .doesNotContain("UTC");
    }

    @Test
    void aLearnerReadingArabicReadsALessonAndAnswersAQuizRightToLeft() {
        String username = newAccount(Role.LEARNER, "EG", Language.AR);
        signInAndWaitForHome(username, DEMO_PASSWORD);
        course.open(COURSE).enrol().continueLearning();
        lesson.shown();
        assertThat(documentAttribute("dir")).isEqualTo("rtl");
        WebElement text = lesson.text();
        assertThat(text.getDomAttribute("lang")).isEqualTo("en");
        assertThat(text.getDomAttribute("dir"))
                .as("English course text keeps its direction")
                .isEqualTo("ltr");
        assertThat(pageText()).contains("غير متاح بلغتك بعد");
        saveScreenshot("lesson-ar");

        quiz.openToStart(COURSE + "/quiz/01-what-is-ai");
        recordServerResponses();
        quiz.start();
        QuizAnswers answers = new QuizAnswers("01-what-is-ai", Language.EN);
        String answered = answers.answerAll(driver);
        until(d -> quiz.saveStatus(LearningIds.question(answered)).equals("تم الحفظ"));
        assertThat(documentAttribute("dir")).isEqualTo("rtl");
        saveScreenshot("quiz-ar");
        String beforeGrading = serverResponses();
        assertThat(beforeGrading).as("the recorder saw the questions").contains(answers.textSnippet(answered));
        assertThat(answers.feedbackSnippets()).isNotEmpty();
        for (String feedback : answers.feedbackSnippets()) {
            assertThat(beforeGrading).as("no feedback before grading").doesNotContain(feedback);
        }

        quiz.submit();
        assertThat(quiz.focusOnSummary()).as("the focus, after submitting").isTrue();
        String afterGrading = serverResponses();
        assertThat(answers.feedbackSnippets())
                .as("feedback arrives once graded")
                .anySatisfy(feedback -> assertThat(afterGrading).contains(feedback));
        saveScreenshot("quiz-result-ar");
    }

    @Test
    void besideALessonTheOutlineMarksWhereTheLearnerIsLeadsToAnyStepAndFoldsAwayAndIsASheetOnAPhone() {
        signInAndWaitForHome(newAccount(Role.LEARNER, "KE", Language.EN), DEMO_PASSWORD);
        course.open(COURSE).enrol().continueLearning();
        lesson.shown();
        // Links are written relative to the application's base, as the router writes them.
        String course = COURSE.substring(1);
        String first = course + "/lesson/01-what-is-ai/01-defining-ai";
        String second = course + "/lesson/01-what-is-ai/02-how-machines-learn";
        assertThat(lesson.outlineSteps())
                .as("every step of the course, lessons and quizzes")
                .hasSize(24)
                .startsWith(first, second)
                .contains(course + "/quiz/01-what-is-ai");
        assertThat(lesson.outlineCurrent()).isEqualTo(first);
        assertThat(lesson.outlineStatus(second)).isEqualTo("not started");

        lesson.complete();
        until(d -> d.getCurrentUrl().endsWith(second) && second.equals(lesson.outlineCurrent()));
        assertThat(lesson.outlineStatus(first)).as("the lesson just completed").isEqualTo("completed");
        lesson.followOutline(first);
        until(d -> d.getCurrentUrl().endsWith(first) && first.equals(lesson.outlineCurrent()));
        assertThat(pageText()).contains("Defining artificial intelligence");

        lesson.toggleOutline();
        until(d -> !lesson.outlineShown());
        assertThat(lesson.outlineToggleExpanded()).isEqualTo("false");
        ready("#" + LearningIds.LESSON_TEXT);
        assertThat(lesson.textMiddle())
                .as("the text stays in the middle once the outline is folded away")
                .isCloseTo(windowMiddle(), within(2.0));
        lesson.open("/" + second);
        assertThat(lesson.outlineShown())
                .as("folded away for the rest of the visit")
                .isFalse();
        lesson.toggleOutline();
        until(d -> lesson.outlineShown());

        Dimension desktop = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(360, 740));
            until(d -> lesson.outlineOpenerShown() && !lesson.outlineShown());
            lesson.openOutlineSheet();
            until(d -> lesson.outlineShown() && LearningIds.OUTLINE_CLOSE.equals(lesson.focusedId()));
            ready("#" + LearningIds.LESSON_OUTLINE);
            saveScreenshot("lesson-outline-phone");
            lesson.pressEscape();
            until(d -> !lesson.outlineShown() && LearningIds.OUTLINE_OPEN.equals(lesson.focusedId()));
        } finally {
            driver.manage().window().setSize(desktop);
        }
    }

    private double windowMiddle() {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.clientWidth / 2"))
                .doubleValue();
    }

    @Test
    void lessonAndQuizPagesLoadNoCodeThatOnlyOtherViewsNeed() {
        signInAndWaitForHome("apprenant", DEMO_PASSWORD);
        new SignInPage(this).show();
        Set<String> onSignIn = scripts();
        course.open(COURSE).enrolUnlessEnrolled();
        lesson.open(COURSE + "/lesson/01-what-is-ai/01-defining-ai");
        Set<String> onLesson = scripts();
        quiz.open(COURSE + "/quiz/01-what-is-ai");
        Set<String> onQuiz = scripts();
        shell.follow("catalog");
        new CatalogPage(this).shown();
        Set<String> onCatalog = scripts();

        assertThat(onLesson)
                .as("scripts of a lesson page beyond the login page's")
                .isSubsetOf(onSignIn);
        assertThat(onQuiz).as("scripts of a quiz page beyond the login page's").isSubsetOf(onSignIn);
        assertThat(onCatalog)
                .as("the catalog's own code exists, and arrives only with the catalog")
                .isNotEqualTo(onSignIn)
                .containsAll(onSignIn);
    }

    /** The scripts this page has loaded so far (file names; the cache does not hide them). */
    private Set<String> scripts() {
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) ((JavascriptExecutor) driver)
                .executeScript("return performance.getEntriesByType('resource').map(e => e.name)"
                        + ".concat(Array.from(document.scripts).map(s => s.src))"
                        + ".filter(n => /\\.js(\\?|$)/.test(n)).map(n => n.replace(/^https?:\\/\\/[^/]+/, ''))");
        return new TreeSet<>(names);
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
