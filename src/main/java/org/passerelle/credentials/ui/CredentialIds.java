package org.passerelle.credentials.ui;

import org.passerelle.shared.PageAddresses;

/**
 * Ids of the learner's records, the records page and verification, shared by the views and the browser journeys that
 * drive them.
 */
public final class CredentialIds {

    public static final String MY_RECORDS = PageAddresses.MY_RECORDS;
    public static final String VERIFY_STATUS = "verify-status";
    /** The verification page's one word: valid, revoked or no record. */
    public static final String VERIFY_STATE = "verify-state";

    public static final String VERIFY_NOT_FOUND = "verify-not-found";
    public static final String REVOKE_REASON = "revoke-reason";
    public static final String REVOKE_CONFIRM = "revoke-confirm";
    public static final String RECORDS_SEARCH = "records-search";

    /** The class of the link to a record's verification page, in the learner's records. */
    public static final String RECORD_LINK_CLASS = "record-link";

    /** The class of the link to a record's certificate. */
    public static final String CERTIFICATE_LINK_CLASS = "certificate-link";

    /** The class of the links to a record's badge files. */
    public static final String BADGE_DOWNLOAD_CLASS = "badge-download";

    /** A record's row on the records page. */
    public static String record(String record) {
        return "record-" + record;
    }

    /** The button that revokes a record, on the records page. */
    public static String revoke(String record) {
        return "revoke-" + record;
    }

    /** The link to a record's certificate. */
    public static String certificate(String record) {
        return "certificate-" + record;
    }

    private CredentialIds() {}
}
