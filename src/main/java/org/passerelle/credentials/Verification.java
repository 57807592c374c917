package org.passerelle.credentials;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the public verification page says about a record — nothing more than a verifier needs.
 *
 * @param revokedAt null while valid
 */
public record Verification(
        String holderName,
        String courseTitle,
        int courseVersion,
        String country,
        Instant completedAt,
        String issuer,
        @Nullable Instant revokedAt,
        String revocationReason) {

    public boolean valid() {
        return revokedAt == null;
    }

    static Verification of(RecordSummary record) {
        return new Verification(
                record.holderName(),
                record.courseTitle(),
                record.courseVersion(),
                record.country(),
                record.completedAt(),
                record.issuer(),
                record.revokedAt(),
                record.revocationReason());
    }
}
