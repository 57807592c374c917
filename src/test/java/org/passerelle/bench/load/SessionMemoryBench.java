package org.passerelle.bench.load;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

/**
 * Memory per learner session: the server's live heap after a full collection with N and 10×N learners signed in
 * and on a lesson page (one tab each), so KB per session = (heap(10N) − heap(N)) / 9N; then what happens to the
 * sessions of closed tabs: N tabs closed as a browser closes them (Vaadin's unload beacon), the others simply gone
 * (no beacon, no heartbeat, as a phone that killed its browser), watched for {@code load.memory.watch} seconds.
 * Run with {@code ./mvnw -Pbench verify -Dtest=SessionMemoryBench}; {@code -Dload.memory.sessions=50}.
 */
class SessionMemoryBench {

    @Test
    void memoryPerSession() throws Exception {
        ServerUnderLoad.pinDriver();
        int n = Integer.getInteger("load.memory.sessions", 50);
        Duration watch = Duration.ofSeconds(Integer.getInteger("load.memory.watch", 150));
        try (ServerUnderLoad server = ServerUnderLoad.start(
                "memory", LoadRun.words("load.server.jvm", ""), LoadRun.words("load.server.args", ""))) {
            HttpClient http = LoadRun.http();
            StepTimes times = new StepTimes();
            // Warm-up: caches (course content, translations) and classes loaded before the first reading.
            LoadRun.learners(
                    http,
                    server.base(),
                    times,
                    LearnerAccounts.create(server.jdbcUrl(), "memwarm", 20),
                    Duration.ofSeconds(5),
                    0.2,
                    Duration.ofMinutes(5),
                    SimulatedLearner::visit);
            LiveHeap empty = LiveHeap.of(server);
            report("after warm-up, no session open", empty);

            ConcurrentLinkedQueue<SimulatedLearner> open = new ConcurrentLinkedQueue<>();
            LoadRun.learners(
                    http,
                    server.base(),
                    times,
                    LearnerAccounts.create(server.jdbcUrl(), "mema", n),
                    Duration.ofSeconds(10),
                    0.1,
                    Duration.ofMinutes(5),
                    learner -> {
                        if (learner.signInAndOpenLesson()) {
                            open.add(learner);
                        }
                    });
            idle();
            LiveHeap small = LiveHeap.of(server);
            report(open.size() + " learners on a lesson", small);
            List<SimulatedLearner> first = new ArrayList<>(open);

            LoadRun.learners(
                    http,
                    server.base(),
                    times,
                    LearnerAccounts.create(server.jdbcUrl(), "memb", 9 * n),
                    Duration.ofSeconds(30),
                    0.1,
                    Duration.ofMinutes(10),
                    learner -> {
                        if (learner.signInAndOpenLesson()) {
                            open.add(learner);
                        }
                    });
            idle();
            LiveHeap large = LiveHeap.of(server);
            report(open.size() + " learners on a lesson", large);
            long sessions = large.sessions() - small.sessions();
            System.out.printf(
                    "BENCH memory | %.1f KB per learner session ((%d − %d bytes) / %d more HTTP sessions, %d more UIs);"
                            + " from no session to %d: %.1f KB each; %d learners reached their lesson; errors while"
                            + " opening: %d | largest growth per session:%s%n",
                    (large.bytes() - small.bytes()) / 1024.0 / sessions,
                    large.bytes(),
                    small.bytes(),
                    sessions,
                    large.uis() - small.uis(),
                    large.sessions(),
                    (large.bytes() - empty.bytes()) / 1024.0 / large.sessions(),
                    open.size(),
                    times.errorCount(),
                    large.growth(small, (int) sessions, 15));

            // Closed tabs: the first N close as a browser closes a tab (the unload beacon).
            for (SimulatedLearner learner : first) {
                learner.tab().leave();
            }
            report(first.size() + " tabs closed with the beacon", LiveHeap.of(server));
            // The others go silent: no beacon, no heartbeat. Watched for a while.
            long start = System.nanoTime();
            while (System.nanoTime() - start < watch.toNanos()) {
                Thread.sleep(30_000);
                report(
                        String.format("%.0f s after the others went silent", (System.nanoTime() - start) / 1e9),
                        LiveHeap.of(server));
            }
        }
    }

    /** Lets the driver's idle connections close (15 s), so that connection buffers do not count as sessions. */
    private static void idle() throws InterruptedException {
        Thread.sleep(20_000);
    }

    private static void report(String moment, LiveHeap heap) throws Exception {
        System.out.printf(
                "BENCH memory | %-40s | live heap %7.1f MB | %4d UIs | %4d HTTP sessions | %s%n",
                moment, heap.bytes() / 1024.0 / 1024, heap.uis(), heap.sessions(), ServerUnderLoad.load());
    }
}
