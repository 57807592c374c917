package org.passerelle.credentials;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A completion record as its holder and administrators see it.
 *
 * @param id the record's public, non-guessable id (also its verification address)
 * @param country ISO 3166-1 alpha-2 code of the holder's country, or null
 * @param cohortName the cohort the holder followed the course with, or null
 * @param score the average of the course's best quiz scores, or null when it has no quiz
 * @param revokedAt null while the record is valid
 */
public record RecordSummary(
        String id,
        String holderName,
        String courseId,
        String courseTitle,
        int courseVersion,
        @Nullable String country,
        @Nullable String cohortName,
        @Nullable BigDecimal score,
        Instant completedAt,
        Instant issuedAt,
        String issuer,
        @Nullable Instant revokedAt,
        @Nullable String revocationReason) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
