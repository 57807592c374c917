package org.passerelle.bench;

import java.time.Instant;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * The completion records of those who completed a course, as the platform issues them (random 26-character
 * ids, the holder's name, country and cohort frozen at issue); about one in a hundred revoked later, with
 * a reason and its line in the audit trail.
 */
final class IssuedRecords {

    private static final String[] REVOCATION_REASONS = {
        "Issued in error: the enrolment belonged to another official",
        "Quiz attempts were shared between two accounts",
        "Duplicate account merged into the holder's main account"
    };

    private final String issuer;
    private final Instant now;
    private final Set<String> ids = new HashSet<>();

    IssuedRecords(String issuer, Instant now) {
        this.issuer = issuer;
        this.now = now;
    }

    void issue(
            ScaleRows rows,
            Learner learner,
            ScaleCourse course,
            long enrolment,
            String cohort,
            EnrolmentHistory.Result result,
            Random random) {
        String id = recordId(random);
        Instant issued = notAfter(result.completedAt().plusSeconds(1 + random.nextInt(20)), now);
        Instant revoked = null;
        String reason = null;
        if (random.nextInt(100) == 0 && issued.isBefore(now)) {
            revoked = issued.plusSeconds(random.nextLong(Math.max(1, now.getEpochSecond() - issued.getEpochSecond())));
            reason = REVOCATION_REASONS[random.nextInt(REVOCATION_REASONS.length)];
            rows.add("identity_audit_entry", revoked, "admin", "RECORD_REVOKED", id, reason);
        }
        rows.add(
                "credentials_record",
                id,
                learner.id(),
                enrolment,
                course.id(),
                course.versionNumber(),
                learner.name(),
                course.title(),
                learner.country().code(),
                cohort,
                result.score(),
                result.completedAt(),
                issued,
                issuer,
                revoked,
                reason,
                revoked == null ? 0L : 1L);
    }

    /** 26 characters of base32 (128 random bits), as the platform makes them; drawn again on the rare clash. */
    private String recordId(Random random) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        String id;
        do {
            StringBuilder text = new StringBuilder(26);
            for (int i = 0; i < 26; i++) {
                // The last character carries 3 bits: a multiple of 4 in the alphabet.
                text.append(alphabet.charAt(i == 25 ? 4 * random.nextInt(8) : random.nextInt(32)));
            }
            id = text.toString();
        } while (!ids.add(id));
        return id;
    }

    private static Instant notAfter(Instant at, Instant now) {
        return at.isAfter(now) ? now : at;
    }
}
