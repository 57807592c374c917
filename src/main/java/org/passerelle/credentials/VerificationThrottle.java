package org.passerelle.credentials;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.mysql.Bucket4jMySQL;
import io.github.bucket4j.mysql.MySQLSelectForUpdateBasedProxyManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
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

    /** The column's size less the limit's prefix; a longer "address" (none is) shares the bucket of its start. */
    private static final int LONGEST_ADDRESS = 100;

    private static final int SWEEP_BATCH = 1_000;

    private static final Logger log = LoggerFactory.getLogger(VerificationThrottle.class);

    private final MySQLSelectForUpdateBasedProxyManager<String> buckets;
    private final BucketConfiguration perAddress;
    private final String limit;

    VerificationThrottle(
            DataSource dataSource, Clock clock, @Value("${passerelle.verify.per-minute:30}") int perMinute) {
        this.perAddress = BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
        // A full bucket is the same as none: it may go then (expires_at), and the hourly sweep deletes it.
        this.buckets = Bucket4jMySQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("credentials_verify_bucket")
                .clientClock(new ClockTimeMeter(clock))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
        // A bucket keeps the configuration it was made with; naming the limit in the key makes a changed limit
        // apply at once instead of to new addresses only.
        this.limit = perMinute + "/min ";
    }

    /** Takes one lookup from the address's bucket, or refuses when it is empty. */
    void check(String address) {
        if (!buckets.getProxy(key(address), () -> perAddress).tryConsume(1)) {
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
        int total = 0;
        int removed;
        do {
            removed = buckets.removeExpired(SWEEP_BATCH);
            total += removed;
        } while (removed == SWEEP_BATCH);
        return total;
    }

    private String key(String address) {
        String who = address == null ? "?" : address;
        return limit + (who.length() > LONGEST_ADDRESS ? who.substring(0, LONGEST_ADDRESS) : who);
    }

    /** Bucket4j's time from the application's clock, which tests move. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
