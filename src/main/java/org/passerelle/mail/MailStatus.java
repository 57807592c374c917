package org.passerelle.mail;

/** Where a message is: waiting to be sent (again), accepted by the SMTP server, or given up on. */
public enum MailStatus {
    QUEUED("mail.status.queued"),
    SENT("mail.status.sent"),
    FAILED("mail.status.failed");

    private final String labelKey;

    MailStatus(String labelKey) {
        this.labelKey = labelKey;
    }

    /** The translation key of the status, as the Outbox page shows it. */
    public String labelKey() {
        return labelKey;
    }
}
