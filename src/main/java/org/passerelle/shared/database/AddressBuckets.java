package org.passerelle.shared.database;

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

/**
 * One token bucket per network address, kept in a database table so that every instance of Passerelle draws on the
 * same bucket (decision 0015): {@code capacity} requests, refilled at that many per {@code period}. The verification
 * page's and the forgotten-password page's limits are two of these.
 */
public final class AddressBuckets {

    /** The key column's size less the limit's prefix; a longer "address" (none is) shares the bucket of its start. */
    private static final int LONGEST_ADDRESS = 100;

    private static final int SWEEP_BATCH = 1_000;

    private final MySQLSelectForUpdateBasedProxyManager<String> buckets;
    private final BucketConfiguration perAddress;
    private final String limit;

    public AddressBuckets(DataSource dataSource, Clock clock, String table, int capacity, Duration period) {
        this.perAddress = BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(capacity).refillGreedy(capacity, period))
                .build();
        // A full bucket is the same as none: it may go then (expires_at), and the owner's sweep deletes it.
        this.buckets = Bucket4jMySQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(table)
                .clientClock(new ClockTimeMeter(clock))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
        // A bucket keeps the configuration it was made with; naming the limit in the key makes a changed limit
        // apply at once instead of to new addresses only.
        this.limit = capacity + "/" + period + " ";
    }

    /** Takes one request from the address's bucket; false when it is empty. */
    public boolean tryTake(@Nullable String address) {
        String who = address == null ? "?" : address;
        String key = limit + (who.length() > LONGEST_ADDRESS ? who.substring(0, LONGEST_ADDRESS) : who);
        return buckets.getProxy(key, () -> perAddress).tryConsume(1);
    }

    /** Deletes the buckets that have filled up again (by the wall clock, as Bucket4j dates them); returns how many. */
    public int forgetFull() {
        int total = 0;
        int removed;
        do {
            removed = buckets.removeExpired(SWEEP_BATCH);
            total += removed;
        } while (removed == SWEEP_BATCH);
        return total;
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
