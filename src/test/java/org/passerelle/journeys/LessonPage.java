package org.passerelle.journeys;

import static org.passerelle.learning.ui.LearningIds.BAR_NEXT;
import static org.passerelle.learning.ui.LearningIds.COMPLETE_LESSON;
import static org.passerelle.learning.ui.LearningIds.LESSON_BAR;
import static org.passerelle.learning.ui.LearningIds.LESSON_MEDIA;
import static org.passerelle.learning.ui.LearningIds.LESSON_PLACE;
import static org.passerelle.learning.ui.LearningIds.LESSON_TEXT;
import static org.passerelle.learning.ui.LearningIds.OUTLINE_OPEN;
import static org.passerelle.learning.ui.LearningIds.OUTLINE_STEPS;
import static org.passerelle.learning.ui.LearningIds.OUTLINE_TOGGLE;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A lesson as a learner reads it (or as its draft's preview shows it): its text, media, Complete, and the course's
 * outline beside it (a sheet on a phone).
 */
final class LessonPage extends Page {

    LessonPage(BrowserJourney journey) {
        super(journey);
    }

    LessonPage open(String path) {
        openAt(path, LESSON_TEXT);
        return this;
    }

    /** Waits for the lesson's text. */
    LessonPage shown() {
        ready(LESSON_TEXT);
        return this;
    }

    /** Waits for the lesson's media. */
    LessonPage mediaShown() {
        ready(LESSON_MEDIA);
        return this;
    }

    /** Waits for the button that marks the lesson complete. */
    LessonPage completeShown() {
        ready(COMPLETE_LESSON);
        return this;
    }

    /** Marks the lesson complete, which goes on to the next step. */
    /** Where the context bar says the learner is, e.g. "Module 1 of 6 · Lesson 2 of 3". */
    String place() {
        return text(LESSON_PLACE);
    }

    /** Where the bar's Next leads (the address as written in the page). */
    String barNextAddress() {
        return attribute(BAR_NEXT, "href");
    }

    /** Whether the context bar is still in the window once the page is scrolled to its end. */
    boolean barVisibleAtTheEnd() {
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, document.body.scrollHeight)");
        return (Boolean) ((JavascriptExecutor) driver)
                .executeScript(
                        "const r = document.getElementById(arguments[0]).getBoundingClientRect();"
                                + " return r.top >= 0 && r.bottom <= window.innerHeight;",
                        LESSON_BAR);
    }

    void complete() {
        click(COMPLETE_LESSON);
    }

    boolean isShown() {
        return has(LESSON_TEXT);
    }

    WebElement text() {
        return element(LESSON_TEXT);
    }

    /** The first element of the lesson's text that this CSS selector finds, e.g. "h2", "img". */
    WebElement inText(String css) {
        return firstInside(LESSON_TEXT, css);
    }

    List<WebElement> allInText(String css) {
        return inside(LESSON_TEXT, css);
    }

    /** The width of the lesson's first image once loaded, 0 until then. */
    int imageWidth() {
        return ((Number) ((JavascriptExecutor) driver)
                        .executeScript(
                                "const i = document.querySelector(arguments[0]);"
                                        + "return i.complete ? i.naturalWidth : 0;",
                                css(LESSON_TEXT) + " img"))
                .intValue();
    }

    /** The addresses the outline's steps lead to, in the course's order (as written in the page). */
    List<String> outlineSteps() {
        return inside(OUTLINE_STEPS, "a").stream()
                .map(link -> link.getDomAttribute("href"))
                .toList();
    }

    /** The address of the step the outline marks as this page, or null when none is marked. */
    String outlineCurrent() {
        return inside(OUTLINE_STEPS, "a[aria-current='page']").stream()
                .map(link -> link.getDomAttribute("href"))
                .findFirst()
                .orElse(null);
    }

    /** The status the outline says (to screen readers) of the step that leads to this address. */
    String outlineStatus(String address) {
        WebElement status = firstInside(OUTLINE_STEPS, "a[href='" + address + "'] .step-status");
        return status.getDomProperty("textContent");
    }

    /** Follows the outline's link to a step. */
    void followOutline(String address) {
        firstInside(OUTLINE_STEPS, "a[href='" + address + "']").click();
    }

    /** Whether the outline's steps are shown (not folded away, or, on a phone, the sheet is open). */
    boolean outlineShown() {
        return element(OUTLINE_STEPS).isDisplayed();
    }

    /** Folds the outline away, or unfolds it, on a wide screen. */
    void toggleOutline() {
        click(OUTLINE_TOGGLE);
    }

    String outlineToggleExpanded() {
        return attribute(OUTLINE_TOGGLE, "aria-expanded");
    }

    /** The horizontal middle of the lesson's text, in pixels from the window's left. */
    double textMiddle() {
        return ((Number) ((JavascriptExecutor) driver)
                        .executeScript(
                                "const r = document.getElementById(arguments[0]).getBoundingClientRect();"
                                        + " return r.left + r.width / 2;",
                                LESSON_TEXT))
                .doubleValue();
    }

    /** On a phone, opens the outline from the lesson's bar. */
    void openOutlineSheet() {
        click(OUTLINE_OPEN);
    }

    boolean outlineOpenerShown() {
        return element(OUTLINE_OPEN).isDisplayed();
    }

    /** Presses Escape where the focus is. */
    void pressEscape() {
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    }

    /** The id of the element that has the focus ("" when it has none). */
    String focusedId() {
        String id = driver.switchTo().activeElement().getDomAttribute("id");
        return id == null ? "" : id;
    }
}
