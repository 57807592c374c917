package org.passerelle.reporting;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A member of a cohort in the learners grid.
 *
 * @param bestScores the best score per quiz, {@code quiz=score;…}
 * @param recordStatus {@code NONE}, {@code VALID} (at least one valid record) or {@code REVOKED}
 */
public record LearnerRow(
        long userId,
        String name,
        String username,
        int progress,
        Instant lastActiveAt,
        BigDecimal bestScore,
        String bestScores,
        int quizzesFailedTwice,
        String recordStatus) {

    /** The message key that says the record status in words. */
    public String recordKey() {
        return switch (recordStatus) {
            case "VALID" -> "dashboard.record.valid";
            case "REVOKED" -> "dashboard.record.revoked";
            default -> "dashboard.record.none";
        };
    }
}
