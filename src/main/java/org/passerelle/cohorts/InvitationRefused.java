package org.passerelle.cohorts;

/** An invitation code that cannot be used, and why: the page says it in the learner's language. */
public class InvitationRefused extends RuntimeException {

    public enum Reason {
        UNKNOWN,
        EXPIRED,
        USED_UP
    }

    private final Reason reason;

    public InvitationRefused(Reason reason) {
        super("invitation refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
