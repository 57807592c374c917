package org.passerelle.bench.load;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Shared pieces of the load benchmarks: the HTTP client, learners started over a ramp, the server's CPU time. */
final class LoadRun {

    static {
        // Below Tomcat's keep-alive time-out, so that the driver never sends on a connection the server just closed.
        System.setProperty("jdk.httpclient.keepalive.timeout", "15");
    }

    private LoadRun() {}

    static HttpClient http() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    /** What a learner does once started. */
    interface Visit {
        void run(SimulatedLearner learner) throws Exception;
    }

    /**
     * Starts one virtual thread per account, spread evenly over the ramp, and waits for all of them.
     *
     * @return how many learners did not finish within the time allowed
     */
    static int learners(
            HttpClient http,
            String base,
            StepTimes times,
            List<String> usernames,
            Duration ramp,
            double thinkScale,
            Duration allowed,
            Visit visit)
            throws InterruptedException {
        long start = System.nanoTime();
        AtomicInteger finished = new AtomicInteger();
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        for (int i = 0; i < usernames.size(); i++) {
            long offset = ramp.toNanos() * i / usernames.size();
            String username = usernames.get(i);
            threads.submit(() -> {
                try {
                    Thread.sleep(Duration.ofNanos(Math.max(0, start + offset - System.nanoTime())));
                    visit.run(new SimulatedLearner(http, base, times, username, LearnerAccounts.PASSWORD, thinkScale));
                    finished.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Exception e) {
                    times.failed("driver", e.toString());
                }
                return null;
            });
        }
        threads.shutdown();
        if (!threads.awaitTermination(allowed.toSeconds(), TimeUnit.SECONDS)) {
            threads.shutdownNow();
            threads.awaitTermination(30, TimeUnit.SECONDS);
        }
        return usernames.size() - finished.get();
    }

    /**
     * Starts one {@link PersistentLearner} per account, evenly over the ramp from {@code startNanos}, each studying
     * until {@code deadlineNanos} on a virtual thread; a driver failure is counted, not lost in the thread.
     *
     * @param into receives every learner, to check afterwards what the server confirmed to them
     * @return the threads, already shut down for new work; wait on them or stop them
     */
    static ExecutorService persistentLearners(
            HttpClient http,
            String base,
            StepTimes times,
            List<String> usernames,
            long startNanos,
            Duration ramp,
            long deadlineNanos,
            Collection<PersistentLearner> into) {
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        for (int i = 0; i < usernames.size(); i++) {
            long offset = ramp.toNanos() * i / usernames.size();
            PersistentLearner learner = new PersistentLearner(http, base, times, usernames.get(i), deadlineNanos);
            into.add(learner);
            threads.submit(() -> {
                Thread.sleep(Duration.ofNanos(Math.max(0, startNanos + offset - System.nanoTime())));
                try {
                    learner.study();
                } catch (RuntimeException e) {
                    times.failed("driver", e.toString());
                }
                return null;
            });
        }
        threads.shutdown();
        return threads;
    }

    /** CPU seconds used so far by a process and its descendants (the server and its MariaDB). */
    static double cpuSeconds(long pid) {
        List<Long> pids = new ArrayList<>();
        pids.add(pid);
        ProcessHandle.of(pid).ifPresent(p -> p.descendants().forEach(d -> pids.add(d.pid())));
        double ticks = 0;
        for (long p : pids) {
            try {
                String stat = Files.readString(Path.of("/proc/" + p + "/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (Exception e) {
                // a process that just ended
            }
        }
        return ticks / 100.0;
    }

    static List<String> words(String property, String fallback) {
        String value = System.getProperty(property, fallback).strip();
        return value.isEmpty() ? List.of() : Arrays.asList(value.split("\\s+"));
    }
}
