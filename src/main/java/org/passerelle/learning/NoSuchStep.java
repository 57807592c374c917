package org.passerelle.learning;

/** A course, lesson, quiz or attempt that does not exist for this learner: shown as "not found". */
public class NoSuchStep extends RuntimeException {

    public NoSuchStep(String what) {
        super(what + " does not exist for this learner");
    }
}
