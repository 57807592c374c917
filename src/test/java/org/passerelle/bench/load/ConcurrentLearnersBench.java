package org.passerelle.bench.load;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Concurrent learners on the production jar: 100, 250 and 500 simulated learners (see {@link SimulatedLearner}) started
 * over 30 seconds, each with its own session, speaking Vaadin's protocol over HTTP. Prints p50/p95/p99 per step and
 * the errors a learner would have seen. The server runs pinned to cpu 1, the driver to cpu 0. Run with
 * {@code ./mvnw -DskipTests package && ./mvnw -Pbench verify -Dtest=ConcurrentLearnersBench}; options:
 * {@code -Dload.levels=100,250,500 -Dload.ramp=30 -Dload.server.jvm="-Xmx1g" -Dload.server.args="--x=y"}.
 */
class ConcurrentLearnersBench {

    @Test
    void learnersAtOnce() throws Exception {
        ServerUnderLoad.pinDriver();
        List<Integer> levels = Arrays.stream(
                        System.getProperty("load.levels", "100,250,500").split(","))
                .map(String::strip)
                .map(Integer::valueOf)
                .toList();
        Duration ramp = Duration.ofSeconds(Integer.getInteger("load.ramp", 30));
        try (ServerUnderLoad server = ServerUnderLoad.start(
                "learners", LoadRun.words("load.server.jvm", ""), LoadRun.words("load.server.args", ""))) {
            HttpClient http = LoadRun.http();
            // Warm-up, not reported in detail: the JIT compiles the paths the measured runs take.
            level(server, http, "warm-up", 20, Duration.ofSeconds(10));
            for (int learners : levels) {
                level(server, http, learners + " learners", learners, ramp);
            }
        }
    }

    /**
     * Learners of a cohort who arrive over several minutes ({@code load.steady.ramp}, 300 s) and keep studying (see
     * {@link PersistentLearner}: lessons read 10 s each, quizzes answered) until all of them have been there together
     * for {@code load.steady.hold} seconds (120). Prints the whole run, then only the time when all were studying.
     * {@code -Dtest=ConcurrentLearnersBench#learnersStudyingTogether -Dload.steady.learners=500}.
     */
    @Test
    void learnersStudyingTogether() throws Exception {
        ServerUnderLoad.pinDriver();
        int count = Integer.getInteger("load.steady.learners", 500);
        Duration ramp = Duration.ofSeconds(Integer.getInteger("load.steady.ramp", 300));
        Duration hold = Duration.ofSeconds(Integer.getInteger("load.steady.hold", 120));
        try (ServerUnderLoad server = ServerUnderLoad.start(
                "steady", LoadRun.words("load.server.jvm", ""), LoadRun.words("load.server.args", ""))) {
            HttpClient http = LoadRun.http();
            level(server, http, "warm-up", 20, Duration.ofSeconds(10));
            List<String> usernames = LearnerAccounts.create(server.jdbcUrl(), "steady", count);
            StepTimes times = new StepTimes();
            String loadBefore = ServerUnderLoad.load();
            double cpuBefore = LoadRun.cpuSeconds(server.pid());
            long start = System.nanoTime();
            long together = start + ramp.toNanos();
            long deadline = together + hold.toNanos();
            ExecutorService threads = LoadRun.persistentLearners(
                    http, server.base(), times, usernames, start, ramp, deadline, new ArrayList<>());
            Thread.sleep(Duration.ofNanos(Math.max(0, together - System.nanoTime())));
            double cpuTogether = LoadRun.cpuSeconds(server.pid());
            Thread.sleep(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            double cpuEnd = LoadRun.cpuSeconds(server.pid());
            threads.shutdownNow();
            threads.awaitTermination(60, TimeUnit.SECONDS);
            String label = count + " arriving over " + ramp.toSeconds() + " s";
            times.within(start, deadline).print(label);
            String held = count + " studying together";
            times.within(together, deadline).print(held);
            System.out.printf(
                    "BENCH %s | %d learners arrived over %d s, then all studied for %d s; server CPU %.1f s while they"
                            + " arrived (%.0f %% of its core), %.1f s while all studied (%.0f %%); before: %s; after: %s%n",
                    held,
                    count,
                    ramp.toSeconds(),
                    hold.toSeconds(),
                    cpuTogether - cpuBefore,
                    100 * (cpuTogether - cpuBefore) / ramp.toSeconds(),
                    cpuEnd - cpuTogether,
                    100 * (cpuEnd - cpuTogether) / hold.toSeconds(),
                    loadBefore,
                    ServerUnderLoad.load());
        }
    }

    private static void level(ServerUnderLoad server, HttpClient http, String label, int count, Duration ramp)
            throws Exception {
        String prefix = label.replaceAll("[^a-z0-9]", "") + count + "x" + System.currentTimeMillis() % 100_000;
        List<String> usernames = LearnerAccounts.create(server.jdbcUrl(), prefix, count);
        StepTimes times = new StepTimes();
        String loadBefore = ServerUnderLoad.load();
        double cpuBefore = LoadRun.cpuSeconds(server.pid());
        long started = System.nanoTime();
        int unfinished = LoadRun.learners(
                http, server.base(), times, usernames, ramp, 1.0, Duration.ofMinutes(10), SimulatedLearner::visit);
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpu = LoadRun.cpuSeconds(server.pid()) - cpuBefore;
        times.print(label);
        System.out.printf(
                "BENCH %s | %d learners over a %d s ramp; %d requests in %.0f s; %d errors; %d learners unfinished;"
                        + " server CPU %.1f s (%.0f %% of its core); before: %s; after: %s%n",
                label,
                count,
                ramp.toSeconds(),
                times.requests(),
                seconds,
                times.errorCount(),
                unfinished,
                cpu,
                100 * cpu / seconds,
                loadBefore,
                ServerUnderLoad.load());
    }
}
