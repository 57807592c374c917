package org.passerelle.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.CountingDataSource;
import org.passerelle.MutableClock;
import org.passerelle.PasserelleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lookups of the verification page are limited per address in the database (Bucket4j), so that several instances
 * of Passerelle allow an address the same lookups as one would. Each "instance" here is a throttle of its own, made
 * without Spring, on the same database.
 */
@PasserelleTest
class VerificationThrottleIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    MutableClock clock;

    /** Waits are read to the second: the clock stands still unless the test moves it (real time again after it). */
    @BeforeEach
    void stopTheClock() {
        clock.freeze();
    }

    @Test
    void twoInstancesDrawOnOneBucketPerAddress() {
        VerificationThrottle first = new VerificationThrottle(dataSource, clock, 30);
        VerificationThrottle second = new VerificationThrottle(dataSource, clock, 30);
        String address = newAddress();

        for (int i = 0; i < 15; i++) {
            first.check(address);
            second.check(address);
        }
        assertThatThrownBy(() -> first.check(address)).isInstanceOf(TooManyLookups.class);
        assertThatThrownBy(() -> second.check(address)).isInstanceOf(TooManyLookups.class);
        assertThatNoException().as("another address").isThrownBy(() -> second.check(newAddress()));

        clock.advance(Duration.ofSeconds(2));
        assertThatNoException().as("30 a minute: one more every 2 seconds").isThrownBy(() -> second.check(address));
        assertThatThrownBy(() -> first.check(address)).isInstanceOf(TooManyLookups.class);

        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < 30; i++) {
            (i % 2 == 0 ? first : second).check(address);
        }
        assertThatThrownBy(() -> first.check(address)).isInstanceOf(TooManyLookups.class);
    }

    @Test
    void aChangedLimitAppliesAtOnceToAddressesAlreadyCounted() {
        String address = newAddress();
        VerificationThrottle before = new VerificationThrottle(dataSource, clock, 30);
        for (int i = 0; i < 5; i++) {
            before.check(address);
        }
        VerificationThrottle after = new VerificationThrottle(dataSource, clock, 3);
        for (int i = 0; i < 3; i++) {
            after.check(address);
        }
        assertThatThrownBy(() -> after.check(address)).isInstanceOf(TooManyLookups.class);
    }

    @Test
    void theSweepDeletesBucketsThatAreFullAgainAndKeepsTheOthers() {
        String resting = newAddress();
        String busy = newAddress();
        // 60 a minute: one lookup is made good again within a second of wall-clock time, when Bucket4j dates it.
        VerificationThrottle throttle = new VerificationThrottle(dataSource, clock, 60);
        throttle.check(resting);
        for (int i = 0; i < 60; i++) {
            throttle.check(busy);
        }
        assertThat(buckets(resting)).isOne();

        await().atMost(Duration.ofSeconds(10)).until(() -> {
            throttle.forgetFullBuckets();
            return buckets(resting) == 0;
        });
        assertThat(buckets(busy)).as("an empty bucket is kept").isOne();
        assertThatThrownBy(() -> throttle.check(busy)).isInstanceOf(TooManyLookups.class);
    }

    @Test
    void aLookupCostsAtMostTwoStatementsInATransactionOfItsOwnOnceItsAddressHasABucket() {
        CountingDataSource counting = new CountingDataSource(dataSource);
        VerificationThrottle throttle = new VerificationThrottle(counting.dataSource(), clock, 30);
        String address = newAddress();

        throttle.check(address);
        int[] first = {counting.statements(), counting.transactionControl()};
        counting.reset();
        throttle.check(address);
        int[] later = {counting.statements(), counting.transactionControl()};
        counting.reset();
        for (int i = 0; i < 28; i++) {
            throttle.check(address);
        }
        counting.reset();
        assertThatThrownBy(() -> throttle.check(address)).isInstanceOf(TooManyLookups.class);
        int[] refused = {counting.statements(), counting.transactionControl()};

        System.out.printf(
                "SQL statements (+ autocommit off, commit, rollback) | verification lookup: first of an address %d (+%d)"
                        + " | later %d (+%d) | refused %d (+%d)%n",
                first[0], first[1], later[0], later[1], refused[0], refused[1]);
        // select … for update, then update (nothing to update when refused); the first lookup makes the row first.
        assertThat(later[0]).isEqualTo(2);
        assertThat(refused[0]).isLessThanOrEqualTo(2);
        assertThat(first[0]).isLessThanOrEqualTo(5);
    }

    private int buckets(String address) {
        return new JdbcTemplate(dataSource)
                .queryForObject(
                        "select count(*) from credentials_verify_bucket where id like ?",
                        Integer.class,
                        "% " + address);
    }

    private static String newAddress() {
        return "198.51." + UUID.randomUUID().toString().substring(0, 3) + "."
                + UUID.randomUUID().toString().substring(0, 3);
    }
}
