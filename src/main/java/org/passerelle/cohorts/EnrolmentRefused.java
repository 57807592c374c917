package org.passerelle.cohorts;

/**
 * Confirming an enrolment file was refused because, checked again at that moment, some rows have problems
 * (someone changed accounts or the cohort meanwhile). Nothing was written; the preview says what to fix.
 */
public class EnrolmentRefused extends RuntimeException {

    private final transient EnrolmentPreview preview;

    public EnrolmentRefused(EnrolmentPreview preview) {
        super("enrolment file has problems");
        this.preview = preview;
    }

    public EnrolmentPreview preview() {
        return preview;
    }
}
