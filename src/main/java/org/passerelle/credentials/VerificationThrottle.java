package org.passerelle.credentials;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.passerelle.shared.database.AddressBuckets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Limits how often one network address may look records up, so that nobody can walk the id space: a token bucket of
 * {@code passerelle.verify.per-minute} lookups, refilled at that many per minute, kept in the database so that every
 * instance draws on the same bucket (decision 0015).
 */
@Component
class VerificationThrottle {

    private static final Logger log = LoggerFactory.getLogger(VerificationThrottle.class);

    private final AddressBuckets buckets;

    VerificationThrottle(
            DataSource dataSource, Clock clock, @Value("${passerelle.verify.per-minute:30}") int perMinute) {
        this.buckets =
                new AddressBuckets(dataSource, clock, "credentials_verify_bucket", perMinute, Duration.ofMinutes(1));
    }

    /** Takes one lookup from the address's bucket, or refuses when it is empty. */
    void check(String address) {
        if (!buckets.tryTake(address)) {
            throw new TooManyLookups();
        }
    }

    /** Every hour, deletes the buckets that have filled up again. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void sweep() {
        try {
            forgetFullBuckets();
        } catch (RuntimeException e) {
            log.warn("Could not delete the full buckets of the verification page; will try again", e);
        }
    }

    /** Deletes the buckets that have filled up again (by the wall clock, as Bucket4j dates them); returns how many. */
    int forgetFullBuckets() {
        return buckets.forgetFull();
    }
}
