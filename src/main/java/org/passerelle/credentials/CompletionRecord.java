package org.passerelle.credentials;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** A completion record as issued; only its revocation can change later. */
@Entity
@Table(name = "credentials_record")
class CompletionRecord {

    @Id
    private String id;

    @Column(name = "user_id")
    private long userId;

    @Column(name = "enrolment_id")
    private long enrolmentId;

    @Column(name = "course_id")
    private String courseId;

    @Column(name = "version_number")
    private int versionNumber;

    @Column(name = "holder_name")
    private String holderName;

    @Column(name = "course_title")
    private String courseTitle;

    private String country;

    @Column(name = "cohort_name")
    private String cohortName;

    @Column(precision = 5, scale = 2)
    private BigDecimal score;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "issued_at")
    private Instant issuedAt;

    private String issuer;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revocation_reason")
    private String revocationReason;

    /** The record's bit in the revocation status lists; given at its first export, never changed by JPA. */
    @Column(name = "status_index", insertable = false, updatable = false)
    private Integer statusIndex;

    @Version
    private long version;

    protected CompletionRecord() {}

    void revoke(Instant at, String reason) {
        if (revokedAt == null) {
            revokedAt = at;
            revocationReason = reason;
        }
    }

    String id() {
        return id;
    }

    long userId() {
        return userId;
    }

    Integer statusIndex() {
        return statusIndex;
    }

    RecordSummary view() {
        return new RecordSummary(
                id,
                holderName,
                courseId,
                courseTitle,
                versionNumber,
                country,
                cohortName,
                score,
                completedAt,
                issuedAt,
                issuer,
                revokedAt,
                revocationReason);
    }
}
