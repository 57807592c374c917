package org.passerelle.bench.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAccumulator;

/**
 * Times of every request by step (request sent to response read, in the driver) and the problems the learner would
 * have seen, printed as percentiles.
 */
final class StepTimes {

    private final Map<String, ConcurrentLinkedQueue<Long>> nanos = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final Map<String, String> examples = new ConcurrentHashMap<>();
    private final List<String> order = Collections.synchronizedList(new ArrayList<>());
    private final LongAccumulator longest = new LongAccumulator(Math::max, 0);
    private final ConcurrentLinkedQueue<Event> timeline = new ConcurrentLinkedQueue<>();

    /** One request: when its answer came ({@link System#nanoTime()}), how long it took, what was wrong. */
    record Event(long endNanos, String step, long nanos, String problem) {}

    void record(String step, long elapsed, String problem) {
        nanos.computeIfAbsent(step, s -> {
                    order.add(s);
                    return new ConcurrentLinkedQueue<>();
                })
                .add(elapsed);
        longest.accumulate(elapsed);
        timeline.add(new Event(System.nanoTime(), step, elapsed, problem));
        if (problem != null) {
            failed(step, problem);
        }
    }

    void failed(String step, String problem) {
        errors.computeIfAbsent(step, s -> new AtomicInteger()).incrementAndGet();
        examples.putIfAbsent(step + ": " + problem, "");
        errors.computeIfAbsent("kind: " + problem, s -> new AtomicInteger()).incrementAndGet();
    }

    List<Event> timeline() {
        return new ArrayList<>(timeline);
    }

    /** The requests whose answers came between two instants ({@link System#nanoTime()}), as times of their own. */
    StepTimes within(long fromNanos, long toNanos) {
        StepTimes window = new StepTimes();
        timeline.stream()
                .filter(e -> e.endNanos() >= fromNanos && e.endNanos() <= toNanos)
                .forEach(e -> window.record(e.step(), e.nanos(), e.problem()));
        return window;
    }

    int errorCount() {
        return errors.entrySet().stream()
                .filter(e -> !e.getKey().startsWith("kind: "))
                .mapToInt(e -> e.getValue().get())
                .sum();
    }

    int requests() {
        return nanos.values().stream().mapToInt(ConcurrentLinkedQueue::size).sum();
    }

    long longestMillis() {
        return longest.get() / 1_000_000;
    }

    /** p50, p95, p99 and max in ms of one step, or of all steps for null. */
    double[] percentiles(String step) {
        List<Long> values = new ArrayList<>();
        if (step == null) {
            nanos.values().forEach(values::addAll);
        } else {
            values.addAll(nanos.getOrDefault(step, new ConcurrentLinkedQueue<>()));
        }
        Collections.sort(values);
        if (values.isEmpty()) {
            return new double[] {0, 0, 0, 0};
        }
        return new double[] {at(values, 0.50), at(values, 0.95), at(values, 0.99), values.getLast() / 1e6};
    }

    private static double at(List<Long> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    /** One line per step, then every kind of problem with its count. */
    void print(String label) {
        System.out.printf(
                "BENCH %s | %-26s | %6s | %8s | %8s | %8s | %8s | %6s%n",
                label, "step", "count", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors");
        List<String> steps;
        synchronized (order) {
            steps = new ArrayList<>(order);
        }
        for (String step : steps) {
            line(
                    label,
                    step,
                    nanos.get(step).size(),
                    percentiles(step),
                    errors.getOrDefault(step, new AtomicInteger()).get());
        }
        line(label, "all requests", requests(), percentiles(null), errorCount());
        new TreeMap<>(errors).forEach((key, count) -> {
            if (key.startsWith("kind: ")) {
                System.out.printf("BENCH %s | problem: %s × %d%n", label, key.substring(6), count.get());
            }
        });
        examples.keySet().stream()
                .sorted()
                .limit(20)
                .forEach(e -> System.out.printf("BENCH %s | seen: %s%n", label, e));
    }

    private static void line(String label, String step, int count, double[] p, int errors) {
        System.out.printf(
                "BENCH %s | %-26s | %6d | %8.1f | %8.1f | %8.1f | %8.1f | %6d%n",
                label, step, count, p[0], p[1], p[2], p[3], errors);
    }
}
