package org.passerelle.mail;

/** Where a message is: waiting to be sent (again), accepted by the SMTP server, or given up on. */
public enum MailStatus {
    QUEUED,
    SENT,
    FAILED;

    public String labelKey() {
        return "mail.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
