package org.passerelle.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A pending account's one-time activation code, kept as its hash, until used or expired. */
@Entity
@Table(name = "identity_activation")
class Activation {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "code_hash")
    private String codeHash;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Activation() {}

    Activation(long userId, String codeHash, Instant expiresAt, Instant createdAt) {
        this.userId = userId;
        this.codeHash = codeHash;
        this.expiresAt = expiresAt;
        this.createdAt = createdAt;
    }

    long userId() {
        return userId;
    }

    boolean validAt(Instant now) {
        return expiresAt.isAfter(now);
    }
}
