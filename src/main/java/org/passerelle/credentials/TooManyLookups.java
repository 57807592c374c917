package org.passerelle.credentials;

/** An address asked the verification page too often in the last minute. */
public class TooManyLookups extends RuntimeException {

    public TooManyLookups() {
        super("too many record lookups from this address; try again in a minute");
    }
}
