package org.passerelle.mail.ui;

/** Ids of the Outbox page, shared by the view and the browser journeys that drive it. */
public final class MailIds {

    public static final String OUTBOX = "outbox";
    public static final String OUTBOX_GRID = "outbox-grid";
    /** The sentence that says no SMTP server is configured, so that messages reach nobody. */
    public static final String EMBEDDED = "outbox-embedded";

    public static final String MESSAGE_DIALOG = "outbox-message";
    public static final String MESSAGE_FRAME = "outbox-message-frame";
    public static final String READ = "outbox-read-";
    public static final String RESEND = "outbox-resend-";

    private MailIds() {}
}
