package org.passerelle.journeys;

import static org.passerelle.credentials.ui.CredentialIds.BADGE_DOWNLOAD_CLASS;
import static org.passerelle.credentials.ui.CredentialIds.CERTIFICATE_LINK_CLASS;
import static org.passerelle.credentials.ui.CredentialIds.MY_RECORDS;
import static org.passerelle.credentials.ui.CredentialIds.RECORD_LINK_CLASS;
import static org.passerelle.learning.ui.LearningIds.COMPLETED;
import static org.passerelle.learning.ui.LearningIds.IN_PROGRESS;
import static org.passerelle.learning.ui.LearningIds.MY_LEARNING;

import java.util.List;
import org.passerelle.learning.ui.LearningIds;

/** The learner's home: courses in progress, courses completed, and the records earned with their downloads. */
final class MyLearningPage extends Page {

    static final String PATH = "/my-learning";

    MyLearningPage(BrowserJourney journey) {
        super(journey);
    }

    MyLearningPage open() {
        openAt(PATH, MY_LEARNING);
        return this;
    }

    /** Opens the page and waits for the courses in progress. */
    MyLearningPage openInProgress() {
        openAt(PATH, IN_PROGRESS);
        return this;
    }

    /** What the button to go on with a course in progress says. */
    String continueLabel(String courseId) {
        return text(LearningIds.continueCourse(courseId));
    }

    String completed() {
        return text(COMPLETED);
    }

    /** Waits until a record is listed, and returns the address of its verification page. */
    String firstRecordVerification() {
        until(d -> !inside(MY_RECORDS, "." + RECORD_LINK_CLASS).isEmpty());
        return firstInside(MY_RECORDS, "." + RECORD_LINK_CLASS).getDomAttribute("href");
    }

    /** The full address of the first record's certificate. */
    String firstCertificate() {
        return firstInside(MY_RECORDS, "." + CERTIFICATE_LINK_CLASS).getDomProperty("href");
    }

    /** The addresses (as written in the page) of the badge files offered. */
    List<String> badgeDownloads() {
        return inside(MY_RECORDS, "." + BADGE_DOWNLOAD_CLASS).stream()
                .map(link -> link.getDomAttribute("href"))
                .toList();
    }
}
