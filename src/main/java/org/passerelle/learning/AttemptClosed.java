package org.passerelle.learning;

/** An answer came for an attempt that is already graded or past its deadline: nothing was saved. */
public class AttemptClosed extends RuntimeException {

    private final long attemptId;

    public AttemptClosed(long attemptId) {
        super("attempt " + attemptId + " is closed");
        this.attemptId = attemptId;
    }

    public long attemptId() {
        return attemptId;
    }
}
