package org.passerelle.catalog;

/**
 * A value with the revision of the draft file it was read from. A save names the revision it started from, so
 * that a save made after someone else's is refused ({@link Conflict}).
 *
 * @param revision 0 when the file does not exist yet
 */
public record Revised<T>(T value, int revision) {

    /** The revision of a file not written yet: saving at it creates the file, unless someone did meanwhile. */
    public static final int NEW_FILE = 0;
}
