package org.passerelle.credentials;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits how often one network address may look records up, so that nobody can walk the id space: at most
 * {@code passerelle.verify.per-minute} lookups in any minute.
 */
@Component
class VerificationThrottle {

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int perMinute;

    VerificationThrottle(Clock clock, @Value("${passerelle.verify.per-minute:30}") int perMinute) {
        this.clock = clock;
        this.perMinute = perMinute;
    }

    void check(String address) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(Duration.ofMinutes(1));
        Deque<Instant> times = recent.computeIfAbsent(address == null ? "?" : address, key -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(windowStart)) {
                times.pollFirst();
            }
            if (times.size() >= perMinute) {
                throw new TooManyLookups();
            }
            times.addLast(now);
        }
        if (recent.size() > 10_000) {
            recent.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    return entry.getValue().isEmpty()
                            || entry.getValue().peekLast().isBefore(windowStart);
                }
            });
        }
    }
}
