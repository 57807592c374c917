package org.passerelle.journeys;

import static org.passerelle.cohorts.ui.CohortIds.BULK_CODES;
import static org.passerelle.cohorts.ui.CohortIds.BULK_CONFIRM;
import static org.passerelle.cohorts.ui.CohortIds.BULK_DONE;
import static org.passerelle.cohorts.ui.CohortIds.BULK_PREVIEW;
import static org.passerelle.cohorts.ui.CohortIds.BULK_SUMMARY;
import static org.passerelle.cohorts.ui.CohortIds.BULK_UPLOAD;

import java.nio.file.Path;

/** A cohort's bulk enrolment: a spreadsheet previewed row by row, then everyone enrolled, and the codes handed out. */
final class BulkEnrolmentPage extends Page {

    BulkEnrolmentPage(BrowserJourney journey) {
        super(journey);
    }

    static String path(long cohort) {
        return "/admin/cohorts/" + cohort + "/enrol";
    }

    BulkEnrolmentPage open(long cohort) {
        openAt(path(cohort), BULK_UPLOAD);
        return this;
    }

    void upload(Path file) {
        journey.upload(BULK_UPLOAD, file);
    }

    /** Waits for the preview's summary, and returns it. */
    String summary() {
        until(d -> has(BULK_SUMMARY));
        return text(BULK_SUMMARY);
    }

    boolean hasSummary() {
        return has(BULK_SUMMARY);
    }

    boolean canEnrol() {
        return has(BULK_CONFIRM);
    }

    void waitUntilEnrolAllowed() {
        until(d -> elements(BULK_CONFIRM).size() == 1);
    }

    BulkEnrolmentPage previewShown() {
        ready(BULK_PREVIEW);
        return this;
    }

    /** Enrols everyone in the file, confirming, and returns what the page says once done. */
    String enrol() {
        click(BULK_CONFIRM);
        answerConfirmation(true);
        until(d -> has(BULK_DONE));
        return text(BULK_DONE);
    }

    /** Waits for the list of codes handed out, and returns its address. */
    String codes() {
        ready(BULK_CODES);
        return element(BULK_CODES).getAttribute("href");
    }
}
