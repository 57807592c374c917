package org.passerelle.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The back-off of a network address that keeps failing to sign in, kept in the database so that every instance
 * counts the same failures (decision 0015): after {@code addressFreeFailures} failures, each attempt must wait 1, 2,
 * 4 … seconds (at most {@code longestAddressDelay}) after the previous failure; all is forgotten once an address has
 * not failed for {@code addressWindow}. A back-off rather than a rate, hence not a token bucket.
 */
@Component
class AddressBackOff {

    /** The column's size; a longer "address" (none is) shares its row with those of the same start. */
    private static final int LONGEST_ADDRESS = 100;

    private final JdbcTemplate jdbc;
    private final SignInPolicy policy;
    private final Clock clock;

    AddressBackOff(JdbcTemplate jdbc, SignInPolicy policy, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
    }

    /** Counts a failure, in the caller's transaction if there is one: one statement, atomic across instances. */
    void recordFailure(String address) {
        Instant now = now();
        // Assignments run left to right (and MariaDB's simultaneous mode reads old values anyway): the count is
        // decided on the previous failure's time.
        jdbc.update("""
                insert into identity_sign_in_address (address, failures, last_failed_at) values (?, 1, ?)
                on duplicate key update failures = if(last_failed_at < ?, 1, failures + 1), last_failed_at = ?""", key(address), utc(now), utc(now.minus(policy.addressWindow())), utc(now));
    }

    /** How long the address must still wait before its next attempt is even checked. */
    Optional<Duration> mustWait(String address) {
        Instant now = now();
        return jdbc
                .query(
                        "select failures, last_failed_at from identity_sign_in_address where address = ?",
                        (row, number) -> new Failures(
                                row.getInt(1),
                                row.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC)),
                        key(address))
                .stream()
                .findFirst()
                .flatMap(failures -> failures.mustWait(now, policy));
    }

    /** Deletes the addresses whose failures are forgotten anyway. */
    int forgetQuiet() {
        return jdbc.update(
                "delete from identity_sign_in_address where last_failed_at < ?",
                utc(now().minus(policy.addressWindow())));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String key(String address) {
        return address.length() > LONGEST_ADDRESS ? address.substring(0, LONGEST_ADDRESS) : address;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** An address's failures since it last was quiet for a whole window, and the time of the last one. */
    record Failures(int count, Instant last) {

        Optional<Duration> mustWait(Instant now, SignInPolicy policy) {
            if (last.plus(policy.addressWindow()).isBefore(now)) {
                return Optional.empty();
            }
            int excess = count - policy.addressFreeFailures();
            if (excess <= 0) {
                return Optional.empty();
            }
            Duration delay = Duration.ofSeconds(1L << Math.min(excess - 1, 20));
            if (delay.compareTo(policy.longestAddressDelay()) > 0) {
                delay = policy.longestAddressDelay();
            }
            Duration remaining = Duration.between(now, last.plus(delay));
            return remaining.isPositive() ? Optional.of(remaining) : Optional.empty();
        }
    }
}
