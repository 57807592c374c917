package org.passerelle.cohorts;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.passerelle.shared.Language;

/**
 * One row of an enrolment file as the preview shows it.
 *
 * @param line the row's line in the file (the header is line 1)
 * @param language the language understood, or null when it could not be
 * @param username the username the account has or will have
 * @param existing true when the email belongs to an account already (it is enrolled, not created)
 * @param problems what stops this row, empty when it can be enrolled
 */
public record EnrolmentRow(
        int line,
        String email,
        String name,
        @Nullable Language language,
        String username,
        boolean existing,
        List<Problem> problems) {

    /**
     * A reason the row cannot be enrolled: a message key, and for a duplicate the line it repeats.
     *
     * @param line the earlier line this row repeats, or 0
     */
    public record Problem(String key, int line) {}

    public boolean ok() {
        return problems.isEmpty();
    }
}
