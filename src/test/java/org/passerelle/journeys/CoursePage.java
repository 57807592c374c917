package org.passerelle.journeys;

import static org.passerelle.learning.ui.LearningIds.CONTINUE;
import static org.passerelle.learning.ui.LearningIds.COURSE;
import static org.passerelle.learning.ui.LearningIds.COURSE_COMPLETED;
import static org.passerelle.learning.ui.LearningIds.COURSE_PROGRESS;
import static org.passerelle.learning.ui.LearningIds.COURSE_RECORDS;
import static org.passerelle.learning.ui.LearningIds.ENROL;
import static org.passerelle.learning.ui.LearningIds.OUTLINE;

import java.util.List;
import org.openqa.selenium.WebElement;

/** A course's page (or its draft's preview): its outline, enrolling, the learner's progress and Continue. */
final class CoursePage extends Page {

    CoursePage(BrowserJourney journey) {
        super(journey);
    }

    /** Opens a course's page, e.g. "/course/ai-public-policy". */
    CoursePage open(String path) {
        openAt(path, COURSE);
        return this;
    }

    /** Opens a course's page and waits for the note that says it is completed. */
    CoursePage openCompleted(String path) {
        openAt(path, COURSE_COMPLETED);
        return this;
    }

    /** Waits for the outline, e.g. once a course's card was followed. */
    CoursePage outlineShown() {
        ready(OUTLINE);
        return this;
    }

    /** Waits for the button to enrol. */
    CoursePage enrolShown() {
        ready(ENROL);
        return this;
    }

    /** Enrols, and waits for the button to start. */
    CoursePage enrol() {
        click(ENROL);
        ready(CONTINUE);
        return this;
    }

    /** Enrols unless the learner already is (the button is then not there). */
    CoursePage enrolUnlessEnrolled() {
        if (has(ENROL)) {
            enrol();
        }
        return this;
    }

    /** Enrols unless the learner already is, then waits for Continue either way. */
    CoursePage enrolledAndReady() {
        if (has(ENROL)) {
            click(ENROL);
        }
        ready(CONTINUE);
        return this;
    }

    /** How many steps are done, as the progress bar says. */
    String stepsDone() {
        return attribute(COURSE_PROGRESS, "value");
    }

    /** What the button to go on says, e.g. "Continue: How machines learn". */
    String continueLabel() {
        return text(CONTINUE);
    }

    /** Where a completed course's page sends the learner for their certificate and badges. */
    String recordsAddress() {
        return attribute(COURSE_RECORDS, "href");
    }

    /** Goes on to the next step, a lesson or a quiz. */
    void continueLearning() {
        click(CONTINUE);
    }

    boolean isCompleted() {
        return has(COURSE_COMPLETED);
    }

    String completedNote() {
        return text(COURSE_COMPLETED);
    }

    List<WebElement> modules() {
        return inside(OUTLINE, "> li");
    }

    /** The words of the outline's first step, e.g. "Defining artificial intelligence (15 min)". */
    WebElement firstStep() {
        return inside(OUTLINE, ".steps > li").getFirst();
    }

    /** The title inside the first step's words, marked with the language it is written in. */
    WebElement firstStepTitle() {
        return inside(OUTLINE, ".steps > li [lang]").getFirst();
    }
}
