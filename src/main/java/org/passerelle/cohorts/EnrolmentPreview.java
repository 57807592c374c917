package org.passerelle.cohorts;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an enrolment file would do to a cohort, before anything is written: every row with its problems, or
 * the one problem that makes the file unreadable.
 *
 * @param fileProblem a message key, or null when the file could be read
 * @param fileProblemLine the line of the file problem, or 0
 */
public record EnrolmentPreview(
        long cohortId,
        String cohortName,
        String country,
        List<EnrolmentRow> rows,
        @Nullable String fileProblem,
        int fileProblemLine) {

    public long newAccounts() {
        return rows.stream().filter(row -> row.ok() && !row.existing()).count();
    }

    public long existingAccounts() {
        return rows.stream().filter(row -> row.ok() && row.existing()).count();
    }

    public long rowsWithProblems() {
        return rows.stream().filter(row -> !row.ok()).count();
    }

    /** True when every row can be enrolled: only then may the file be confirmed. */
    public boolean ready() {
        return fileProblem == null && !rows.isEmpty() && rowsWithProblems() == 0;
    }
}
