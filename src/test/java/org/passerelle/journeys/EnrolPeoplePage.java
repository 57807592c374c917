package org.passerelle.journeys;

import static org.passerelle.learning.ui.LearningIds.ENROL_COURSE;
import static org.passerelle.learning.ui.LearningIds.ENROL_NAMES;
import static org.passerelle.learning.ui.LearningIds.ENROL_SUBMIT;

/** The administrator enrols people in a course by their usernames or emails, one a line. */
final class EnrolPeoplePage extends Page {

    static final String PATH = "/admin/enrolments";

    EnrolPeoplePage(BrowserJourney journey) {
        super(journey);
    }

    EnrolPeoplePage open() {
        openAt(PATH, ENROL_COURSE);
        return this;
    }

    EnrolPeoplePage firstCourse() {
        chooseFirst(ENROL_COURSE);
        return this;
    }

    EnrolPeoplePage people(String lines) {
        type(ENROL_NAMES, lines);
        return this;
    }

    void enrol() {
        click(ENROL_SUBMIT);
    }

    /** The lines left in the field to correct. */
    String people() {
        return value(ENROL_NAMES);
    }
}
