package org.passerelle.learning;

/** The learner used every attempt the quiz allows. */
public class NoAttemptLeft extends RuntimeException {

    public NoAttemptLeft(String quiz) {
        super("no attempt left at " + quiz);
    }
}
