package org.passerelle.identity;

/** Refused: this network address asked for too many password-reset links lately; it may ask again later. */
public class TooManyResetRequests extends RuntimeException {

    public TooManyResetRequests() {
        super("Too many password-reset requests from this address", null, false, false);
    }
}
