package org.passerelle.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Random;

/** When a learner did each of their actions in a course, between their enrolment and now. */
final class ActivityTimes {

    private static final Duration WEEKS_TWO = Duration.ofDays(14);

    private ActivityTimes() {}

    /**
     * Start soon after enrolment (most within days); completers finish at any time since; the others are
     * either active this week or have been quiet for more than two weeks ("at risk").
     */
    static Instant[] of(int count, Instant enrolledAt, Instant now, boolean completes, Random random) {
        if (count == 0) {
            return new Instant[0];
        }
        long span = Duration.between(enrolledAt, now).toSeconds();
        Instant start = enrolledAt.plusSeconds((long) (span * 0.25 * Math.pow(random.nextDouble(), 2)) + 600);
        Instant last;
        Instant quietSince = now.minus(WEEKS_TWO);
        if (completes) {
            last = between(start, now, 0.3 + 0.7 * random.nextDouble());
        } else if (random.nextDouble() < 0.4 || !quietSince.isAfter(start)) {
            last = now.minusSeconds(random.nextLong(6 * 86_400L));
        } else {
            last = between(start, quietSince, random.nextDouble());
        }
        Instant floor = start.plusSeconds(count * 300L);
        if (last.isBefore(floor)) {
            last = floor.isAfter(now) ? now : floor;
        }
        long[] offsets = new long[count];
        long window = Math.max(1, ChronoUnit.MICROS.between(start, last));
        for (int i = 1; i < count - 1; i++) {
            offsets[i] = random.nextLong(window);
        }
        offsets[count - 1] = window;
        Arrays.sort(offsets);
        Instant[] times = new Instant[count];
        for (int i = 0; i < count; i++) {
            times[i] = start.plus(offsets[i], ChronoUnit.MICROS);
        }
        return times;
    }

    private static Instant between(Instant from, Instant to, double share) {
        return from.plusSeconds((long) (Duration.between(from, to).toSeconds() * share));
    }
}
