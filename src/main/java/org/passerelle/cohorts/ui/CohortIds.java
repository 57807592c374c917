package org.passerelle.cohorts.ui;

/**
 * Ids of joining a cohort, the cohorts page and bulk enrolment, shared by the views and the browser journeys that
 * drive them.
 */
public final class CohortIds {

    public static final String JOIN_CODE = "join-code";
    public static final String JOIN_SUBMIT = "join-submit";
    public static final String JOIN_RESULT = "join-result";
    public static final String COHORT_LIST = "cohort-list";
    public static final String BULK_UPLOAD = "bulk-upload";
    public static final String BULK_SUMMARY = "bulk-summary";
    public static final String BULK_PREVIEW = "bulk-preview";
    public static final String BULK_CONFIRM = "bulk-confirm";
    public static final String BULK_DONE = "bulk-done";
    public static final String BULK_CODES = "bulk-codes";
    public static final String COHORTS = "cohorts";

    private CohortIds() {}
}
