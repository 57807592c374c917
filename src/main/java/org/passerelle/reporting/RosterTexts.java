package org.passerelle.reporting;

import java.util.List;

/**
 * The words of a roster export in the reader's language: column headings, then how a record's state and a
 * missing enrolment are written.
 */
public record RosterTexts(String title, List<String> headings, String notEnrolled, String valid, String revoked) {

    /** The number of columns every export has, in this order. */
    public static final int COLUMNS = 10;

    public RosterTexts {
        if (headings.size() != COLUMNS) {
            throw new IllegalArgumentException("a roster has " + COLUMNS + " columns");
        }
        headings = List.copyOf(headings);
    }
}
