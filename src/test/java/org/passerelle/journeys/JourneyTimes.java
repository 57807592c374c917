package org.passerelle.journeys;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLongArray;

/** Where the journeys' time goes: printed once when the test JVM ends, to keep the suite's time falling. */
final class JourneyTimes {

    private static final Map<String, AtomicLongArray> TIMES = new ConcurrentSkipListMap<>();

    private JourneyTimes() {}

    static void add(String what, long startedNanos) {
        AtomicLongArray t = TIMES.computeIfAbsent(what, k -> new AtomicLongArray(2));
        t.addAndGet(0, System.nanoTime() - startedNanos);
        t.incrementAndGet(1);
    }

    static void print() {
        TIMES.forEach((what, t) ->
                System.out.printf("Journey time | %-12s | %4d times | %7.1f s%n", what, t.get(1), t.get(0) / 1e9));
    }
}
