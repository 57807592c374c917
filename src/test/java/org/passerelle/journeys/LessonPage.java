package org.passerelle.journeys;

import static org.passerelle.learning.ui.LearningIds.BAR_NEXT;
import static org.passerelle.learning.ui.LearningIds.COMPLETE_LESSON;
import static org.passerelle.learning.ui.LearningIds.LESSON_BAR;
import static org.passerelle.learning.ui.LearningIds.LESSON_MEDIA;
import static org.passerelle.learning.ui.LearningIds.LESSON_PLACE;
import static org.passerelle.learning.ui.LearningIds.LESSON_TEXT;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** A lesson as a learner reads it (or as its draft's preview shows it): its text, media, and Complete. */
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
}
