package org.passerelle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: real time, which a test may move forward instead of waiting (a lock running
 * out, an invitation expiring). One context serves every test of a run, so it is put back ({@link #reset}) after
 * every test ({@link ClockBackToRealTime}).
 */
public class MutableClock extends Clock {

    private volatile Duration ahead = Duration.ZERO;
    private volatile Instant frozen;

    public void advance(Duration duration) {
        ahead = ahead.plus(duration);
    }

    /** Stops the clock where it is (it still moves when advanced), for tests that read exact durations. */
    public void freeze() {
        frozen = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Back to real time. */
    public void reset() {
        ahead = Duration.ZERO;
        frozen = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Instant stopped = frozen;
        return (stopped == null ? Instant.now() : stopped).plus(ahead);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }
}
