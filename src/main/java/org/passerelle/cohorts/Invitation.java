package org.passerelle.cohorts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A code that lets signed-in learners join a cohort until it expires or its uses run out. */
@Entity
@Table(name = "cohorts_invitation")
class Invitation {

    @Id
    private String code;

    @Column(name = "cohort_id")
    private long cohortId;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "max_uses")
    private int maxUses;

    private int uses;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Invitation() {}

    Invitation(String code, long cohortId, Instant expiresAt, int maxUses, Instant createdAt) {
        this.code = code;
        this.cohortId = cohortId;
        this.expiresAt = expiresAt;
        this.maxUses = maxUses;
        this.createdAt = createdAt;
    }

    String code() {
        return code;
    }

    long cohortId() {
        return cohortId;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    int maxUses() {
        return maxUses;
    }

    int uses() {
        return uses;
    }
}
