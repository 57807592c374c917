package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.passerelle.identity.Role;
import org.passerelle.learning.ui.LearningIds;
import org.passerelle.shared.Language;

/**
 * Every page each role can open, in English and in Arabic (right to left), on a desktop and at a phone's width, passes
 * axe-core (WCAG 2.0 to 2.2 AA and best practices) with no violation of any impact.
 */
class AccessibilityJourneyIT extends BrowserJourney {

    @BeforeEach
    void everyViolationFails() {
        Accessibility.failOnEveryImpact(true);
    }

    @AfterEach
    void seriousOnesFailElsewhere() {
        Accessibility.failOnEveryImpact(false);
    }

    @ParameterizedTest(name = "{0} in English and Arabic")
    @EnumSource(Role.class)
    void everyPageOfEachRolePassesInEnglishAndArabic(Role role) {
        for (Language language : new Language[] {Language.EN, Language.AR}) {
            driver.manage().deleteAllCookies();
            String username = newAccount(role, role == Role.ADMIN ? null : "KE", language);
            signInAndWaitForHome(username, DEMO_PASSWORD);
            onAPhoneWithItsMenuOpen();
            for (String path : shell.menuPaths()) {
                open("/" + path, "main");
                Accessibility.checkOnAPhone(driver, path);
            }
            shell.openRefused("/no-such-page");
            Accessibility.checkOnAPhone(driver, "the not-found page");
            open("/verify/aaaaaaaaaaaaaaaaaaaaaaaaaa", "#verify");
            Accessibility.checkOnAPhone(driver, "an unknown record's verification page");
        }
        driver.manage().deleteAllCookies();
        new SignInPage(this).show();
        Accessibility.checkOnAPhone(driver, "the sign-in page");
    }

    /** The header's menu as a phone shows it, opened by its button: the same links, stacked over the page. */
    private void onAPhoneWithItsMenuOpen() {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
        try {
            shell.openMenu();
            Accessibility.check(driver, "the menu opened on a phone");
            shell.closeMenu();
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void aKeyboardUserTakesAQuizAndLandsOnItsResult() {
        String username = newAccount(Role.LEARNER, "KE", Language.EN);
        signInAndWaitForHome(username, DEMO_PASSWORD);
        new CoursePage(this).open(LearningJourneyIT.COURSE).enrol();
        Accessibility.checkOnAPhone(driver, "the course page, enrolled");
        QuizPage quiz = new QuizPage(this).openToStart(LearningJourneyIT.COURSE + "/quiz/01-what-is-ai");

        quiz.tabTo(element -> LearningIds.START_QUIZ.equals(element.getDomAttribute("id")));
        quiz.press(Keys.ENTER);
        quiz.attemptShown();
        Accessibility.checkOnAPhone(driver, "a quiz attempt");
        assertThat(quiz.questionNames())
                .as("each question's group is named by its heading: number and text")
                .isNotEmpty()
                .allSatisfy(name -> assertThat(name).matches("Question \\d+ \\S.{15,}"));
        assertThat(quiz.matchNames())
                .as("each select of a matching question is named by the item it matches")
                .isNotEmpty()
                .allSatisfy(names -> assertThat(names[0]).isEqualTo(names[1]));
        // The first choice reached, chosen with the space bar; then on to Submit and Enter, twice.
        String question =
                quiz.questionOf(quiz.tabTo(element -> element.getTagName().equals("input")
                        && Set.of("radio", "checkbox").contains(element.getDomAttribute("type"))));
        quiz.press(Keys.SPACE);
        until(d -> quiz.saveStatus(question).equals("Saved"));
        quiz.tabTo(element -> LearningIds.SUBMIT_QUIZ.equals(element.getDomAttribute("id")));
        quiz.press(Keys.ENTER);
        until(d -> LearningIds.CONFIRM_SUBMIT.equals(quiz.focused().getDomAttribute("id")));
        quiz.press(Keys.ENTER);
        ready("#" + LearningIds.QUIZ_RESULT);

        assertThat(quiz.focusOnSummary()).as("the focus, after submitting").isTrue();
        assertThat(quiz.summary()).contains("You did not pass this time.").contains("pass mark 70 %");
        assertThat(quiz.summaryAboveReview()).isTrue();
        assertThat(quiz.tabTo(element -> true).getDomAttribute("id"))
                .as("the next Tab, from the summary: its first action")
                .isEqualTo(LearningIds.RETRY_QUIZ);
        Accessibility.checkOnAPhone(driver, "a quiz's result");
    }

    @Test
    void aKeyboardUserReadsALessonAndMovesOnWithoutLosingTheirPlace() {
        String username = newAccount(Role.LEARNER, "KE", Language.EN);
        signInAndWaitForHome(username, DEMO_PASSWORD);
        new CoursePage(this).open(LearningJourneyIT.COURSE).enrol();
        LessonPage lesson =
                new LessonPage(this).open(LearningJourneyIT.COURSE + "/lesson/01-what-is-ai/01-defining-ai");

        assertThat(shell.firstTabStop()).isEqualTo("Skip to content");
        shell.skipToContent();
        // From the content, the bar's Next is a few Tabs away (the course link, then Next), not past the whole text.
        lesson.tabTo(element -> LearningIds.BAR_NEXT.equals(element.getDomAttribute("id")));
        lesson.press(Keys.ENTER);
        until(d -> placeIs(lesson, "Module 1 of 6 · Lesson 2 of 3"));
        waitForVaadin();
        assertThat(lesson.focused().getTagName())
                .as("the focus, after Next: the new lesson's title")
                .isEqualTo("h1");
        assertThat(lesson.focused().getText()).isEqualTo("How machines learn");

        // Down through the text to "Mark as completed and continue", Enter: the third lesson, its title focused.
        lesson.tabTo(element -> LearningIds.COMPLETE_LESSON.equals(element.getDomAttribute("id")));
        lesson.press(Keys.ENTER);
        until(d -> placeIs(lesson, "Module 1 of 6 · Lesson 3 of 3"));
        waitForVaadin();
        assertThat(lesson.focused().getText()).isEqualTo("Capabilities, limits and risks");
        assertThat(lesson.outlineStatus(
                        LearningJourneyIT.COURSE.substring(1) + "/lesson/01-what-is-ai/02-how-machines-learn"))
                .isEqualTo("completed");
        Accessibility.checkOnAPhone(driver, "a lesson");
    }

    /** Whether the lesson bar says this place; false while the bar is being replaced by the next lesson's. */
    private static boolean placeIs(LessonPage lesson, String place) {
        try {
            return lesson.place().equals(place);
        } catch (StaleElementReferenceException replaced) {
            return false;
        }
    }

    @Test
    void theCheckFailsOnAPageWithAnImageWithoutTextAndAFieldWithoutName() {
        new SignInPage(this).show();
        ((JavascriptExecutor) driver)
                .executeScript("document.querySelector('main').insertAdjacentHTML('beforeend',"
                        + " '<img src=\"x.png\"><input type=\"text\">')");

        assertThatThrownBy(() -> Accessibility.check(driver, "/login with two faults"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt")
                .hasMessageContaining("label");
    }

    @Test
    void thePhoneCheckFailsOnAPageWiderThanANarrowPhone() {
        new SignInPage(this).show();
        ((JavascriptExecutor) driver)
                .executeScript("document.querySelector('main').insertAdjacentHTML('beforeend',"
                        + " '<p id=\"too-wide\" style=\"width: 400px\">A line as wide as a tablet</p>')");

        assertThatThrownBy(() -> Accessibility.checkOnAPhone(driver, "/login with a wide line"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("scrolls sideways at 320 px")
                .hasMessageContaining("p#too-wide");
    }
}
