package org.passerelle.bench;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import org.passerelle.credentials.Credentials;
import org.passerelle.identity.SignInGuard;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Prints what the throttles kept in the database (decision 0015) add to each sign-in attempt and each lookup on the
 * verification page, on the embedded MariaDB: p50 / p95 of 1,000 calls after 200. A lookup with a malformed id stops
 * right after the throttle, so it times the throttle alone. Run with {@code ./mvnw -Pbench verify -Dtest=ThrottleBench}.
 */
@SpringBootTest(properties = "passerelle.verify.per-minute=1000000")
class ThrottleBench {

    static final int WARM_UP = 200;
    static final int RUNS = 1_000;

    @Autowired
    SignInGuard guard;

    @Autowired
    Credentials credentials;

    @Test
    void printTheCostOfEachThrottledRequest() {
        report("sign-in: address check before the password", i -> guard.addressMustWait("192.0.2.1"));
        report("sign-in: a failure counted against the address", i -> guard.recordFailure(null, "192.0.2.2"));
        report("verification lookup, address seen before", i -> credentials.verify("-", "192.0.2.3"));
        report(
                "verification lookup, first of an address",
                i -> credentials.verify("-", "198.18." + (i / 250) + "." + (i % 250)));
    }

    private static void report(String what, IntConsumer call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.accept(i + 60_000);
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.accept(i);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(
                "BENCH throttle | %-48s | p50 %.2f ms | p95 %.2f ms%n",
                what, nanos[RUNS / 2] / 1e6, nanos[RUNS * 95 / 100] / 1e6);
    }
}
