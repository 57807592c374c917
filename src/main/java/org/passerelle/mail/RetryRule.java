package org.passerelle.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a message that could not be sent is tried again: after {@code first}, then twice as long after each further
 * failure, at most {@code longest} apart, {@code attempts} tries in all; a permanent refusal (an SMTP reply in the
 * 5xx range: no such mailbox, message refused) is not tried again. With the defaults (1 min, 2 h, 10 tries) a message
 * keeps being tried for about 6 hours, long enough to outlast an SMTP server's restart or a night's outage.
 */
record RetryRule(Duration first, Duration longest, int attempts) {

    static final RetryRule DEFAULT = new RetryRule(Duration.ofMinutes(1), Duration.ofHours(2), 10);

    RetryRule {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || attempts < 1) {
            throw new IllegalArgumentException("A retry rule needs 0 < first <= longest and at least one attempt");
        }
    }

    /**
     * When to try again after the {@code failedAttempts}-th failed attempt (1 after the first), or empty when the
     * message is to be marked failed.
     */
    Optional<Instant> retryAt(int failedAttempts, boolean permanent, Instant now) {
        if (permanent || failedAttempts >= attempts) {
            return Optional.empty();
        }
        return Optional.of(now.plus(delayAfter(failedAttempts)));
    }

    /** The wait after the given number of failed attempts: first, 2 × first, 4 × first … at most longest. */
    Duration delayAfter(int failedAttempts) {
        int doublings = Math.max(0, failedAttempts - 1);
        if (doublings >= 30) {
            return longest;
        }
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(longest) > 0 ? longest : delay;
    }
}
