package org.passerelle.identity;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.passerelle.shared.database.AddressBuckets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Limits how often one network address may ask for password-reset links, whatever addresses it types, so that
 * nobody can use the page to flood mailboxes: a token bucket of {@code passerelle.password-reset.per-address-per-hour}
 * requests refilled over an hour, kept in the database like the verification page's (decision 0015).
 */
@Component
class ResetThrottle {

    private static final Logger log = LoggerFactory.getLogger(ResetThrottle.class);

    private final AddressBuckets buckets;

    ResetThrottle(
            DataSource dataSource,
            Clock clock,
            @Value("${passerelle.password-reset.per-address-per-hour:10}") int perHour) {
        this.buckets = new AddressBuckets(dataSource, clock, "identity_reset_bucket", perHour, Duration.ofHours(1));
    }

    /** Takes one request from the address's bucket, or refuses when it is empty. */
    void check(@Nullable String address) {
        if (!buckets.tryTake(address)) {
            throw new TooManyResetRequests();
        }
    }

    /** Every hour, deletes the buckets that have filled up again. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
    void sweep() {
        try {
            buckets.forgetFull();
        } catch (RuntimeException e) {
            log.warn("Could not delete the full buckets of password resets; will try again", e);
        }
    }
}
