package org.passerelle.identity;

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
import org.jspecify.annotations.Nullable;
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

    private static final int LONGEST_ADDRESS = 100;
    private static final Logger log = LoggerFactory.getLogger(ResetThrottle.class);

    private final MySQLSelectForUpdateBasedProxyManager<String> buckets;
    private final BucketConfiguration perAddress;
    private final String limit;

    ResetThrottle(
            DataSource dataSource,
            Clock clock,
            @Value("${passerelle.password-reset.per-address-per-hour:10}") int perHour) {
        this.perAddress = BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)))
                .build();
        this.buckets = Bucket4jMySQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("identity_reset_bucket")
                .clientClock(new ClockTimeMeter(clock))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
        this.limit = perHour + "/h ";
    }

    /** Takes one request from the address's bucket, or refuses when it is empty. */
    void check(@Nullable String address) {
        String who = address == null ? "?" : address;
        String key = limit + (who.length() > LONGEST_ADDRESS ? who.substring(0, LONGEST_ADDRESS) : who);
        if (!buckets.getProxy(key, () -> perAddress).tryConsume(1)) {
            throw new TooManyResetRequests();
        }
    }

    /** Every hour, deletes the buckets that have filled up again. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
    void sweep() {
        try {
            while (buckets.removeExpired(1_000) == 1_000) {
                // another batch
            }
        } catch (RuntimeException e) {
            log.warn("Could not delete the full buckets of password resets; will try again", e);
        }
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
