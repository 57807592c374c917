package org.passerelle.catalog;

import java.time.Instant;

/**
 * A save refused because someone else saved the same file of the draft after this person opened it. It carries
 * their text, so that the person can merge it with theirs; nothing was overwritten.
 */
public final class Conflict extends RuntimeException {

    private final String by;
    private final Instant at;
    private final int revision;
    private final String theirs;

    Conflict(String by, Instant at, int revision, String theirs) {
        super("changed meanwhile by " + by, null, false, false);
        this.by = by;
        this.at = at;
        this.revision = revision;
        this.theirs = theirs;
    }

    /** Who saved meanwhile. */
    public String by() {
        return by;
    }

    public Instant at() {
        return at;
    }

    /** The revision now stored: a save naming it replaces their text, deliberately. */
    public int revision() {
        return revision;
    }

    /** Their text, for merging (empty when the file was removed). */
    public String theirs() {
        return theirs;
    }
}
