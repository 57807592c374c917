package org.passerelle.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/**
 * Consecutive failed sign-ins under one name and the lock they lead to: the same rule, in the same columns, for
 * an account and for a name that has none, so that the answers never tell the two apart (decision 0003).
 */
@Embeddable
class SignInFailures {

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "lock_count")
    private int lockCount;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_failed_at")
    private Instant lastFailedAt;

    int failedAttempts() {
        return failedAttempts;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Counts a failed sign-in: the threshold-th consecutive one locks for the first lock's time, each later lock
     * lasting twice as long (at most the longest); failures older than {@code forgetAfter} are forgotten first.
     */
    void fail(Instant now, SignInPolicy policy) {
        if (lastFailedAt != null
                && !lockedAt(now)
                && lastFailedAt.plus(policy.forgetFailuresAfter()).isBefore(now)) {
            failedAttempts = 0;
            lockCount = 0;
        }
        lastFailedAt = now;
        failedAttempts++;
        if (failedAttempts >= policy.accountThreshold()) {
            Duration lock = policy.firstLock().multipliedBy(1L << Math.min(lockCount, 20));
            lockedUntil = now.plus(lock.compareTo(policy.longestLock()) > 0 ? policy.longestLock() : lock);
            lockCount++;
            failedAttempts = 0;
        }
    }

    void succeed() {
        failedAttempts = 0;
        lockCount = 0;
        lockedUntil = null;
        lastFailedAt = null;
    }
}
