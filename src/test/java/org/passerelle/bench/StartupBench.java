package org.passerelle.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Start-up of the production jar ({@code target/passerelle.jar}; build it first with
 * {@code ./mvnw -DskipTests package}) on the embedded database: seconds from {@code java -jar} until
 * {@code /login} answers 200 and until the readiness probe is up (courses imported), then the resident memory
 * of the JVM and of the embedded MariaDB after 10 s idle. A first start on an empty data folder (MariaDB
 * unpacked and initialised, migrations, demo data) and a start on a folder already used are measured apart;
 * then both again from the extracted jar with a JVM AOT cache made by a training run (JEP 483/514/515).
 * Run with {@code ./mvnw -Pbench test -Dtest=StartupBench}.
 */
class StartupBench {

    static final Path JAR = Path.of("target/passerelle.jar");
    static final int RUNS = Integer.getInteger("startup.runs", 3);
    static final Duration PATIENCE = Duration.ofMinutes(5);

    record Sample(
            double login, double ready, double cpu, double spring, double database, double javaMb, double databaseMb) {}

    @Test
    void startUp() throws Exception {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("No " + JAR + ": build it first with ./mvnw -DskipTests package");
        }
        Files.createDirectories(Path.of("target"));
        Path root = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "bench-startup-");
        try {
            Path used = folder(root, "used");
            measure(JAR, used, List.of()); // makes the folder used; not counted
            List<Sample> fresh = new ArrayList<>();
            List<Sample> again = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                fresh.add(measureFresh(root, JAR, List.of()));
                again.add(measure(JAR, used, List.of()));
            }
            report("java -jar, empty data folder", fresh);
            report("java -jar, data folder used before", again);

            Path application = root.resolve("application");
            long extracting = System.nanoTime();
            exec(
                    root,
                    List.of(
                            java(),
                            "-Djarmode=tools",
                            "-jar",
                            JAR.toAbsolutePath().toString(),
                            "extract",
                            "--destination",
                            application.toString()));
            Path extracted = application.resolve(JAR.getFileName());
            Path cache = application.resolve("passerelle.aot");
            System.out.printf("BENCH start-up | extracting the jar: %.1f s%n", (System.nanoTime() - extracting) / 1e9);

            // Training: a whole start, the sign-in page served once, then a normal stop; the JVM writes the cache
            // as it exits.
            long training = System.nanoTime();
            try (StartedJar run = StartedJar.start(extracted, used, List.of("-XX:AOTCacheOutput=" + cache))) {
                run.secondsUntilOk("/login", PATIENCE);
                run.secondsUntilOk("/actuator/health/readiness", PATIENCE);
            }
            if (!Files.isRegularFile(cache)) {
                throw new IllegalStateException("The training run wrote no AOT cache");
            }
            System.out.printf(
                    "BENCH start-up | training run (-XX:AOTCacheOutput, started, /login served, stopped): %.1f s,"
                            + " cache %.0f MB%n",
                    (System.nanoTime() - training) / 1e9, Files.size(cache) / 1e6);

            List<Sample> withCache = new ArrayList<>();
            List<Sample> withCacheFresh = new ArrayList<>();
            List<Sample> extractedOnly = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                withCacheFresh.add(measureFresh(root, extracted, List.of("-XX:AOTCache=" + cache)));
                withCache.add(measure(extracted, used, List.of("-XX:AOTCache=" + cache)));
                extractedOnly.add(measure(extracted, used, List.of()));
            }
            report("extracted jar, no cache, data folder used before", extractedOnly);
            report("extracted jar + AOT cache, empty data folder", withCacheFresh);
            report("extracted jar + AOT cache, data folder used before", withCache);
        } finally {
            FileSystemUtils.deleteRecursively(root);
        }
    }

    private static Sample measureFresh(Path root, Path jar, List<String> jvmOptions) throws Exception {
        Path folder = folder(root, "fresh-" + System.nanoTime());
        try {
            return measure(jar, folder, jvmOptions);
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    private static Sample measure(Path jar, Path folder, List<String> jvmOptions) throws Exception {
        try (StartedJar app = StartedJar.start(jar, folder, jvmOptions)) {
            double login = app.secondsUntilOk("/login", PATIENCE);
            double ready = app.secondsUntilOk("/actuator/health/readiness", PATIENCE);
            double cpu = app.javaCpuSeconds();
            Thread.sleep(10_000); // idle, as a server between cohorts
            Sample sample = new Sample(
                    login,
                    ready,
                    cpu,
                    app.springSeconds(),
                    app.databaseSeconds(),
                    app.javaRssMb(),
                    app.childrenRssMb());
            System.out.printf(
                    "BENCH start-up |   /login 200 after %.1f s, ready %.1f s, JVM processor time until ready %.1f s"
                            + " (Spring: started in %.1f s, of which embedded MariaDB %.1f s) | idle RSS: JVM %.0f MB, MariaDB %.0f MB | %s%n",
                    sample.login(),
                    sample.ready(),
                    sample.cpu(),
                    sample.spring(),
                    sample.database(),
                    sample.javaMb(),
                    sample.databaseMb(),
                    loadAverage());
            return sample;
        }
    }

    /** A folder like an operator's: a copy of the courses, the rest made by Passerelle at its first start. */
    private static Path folder(Path root, String name) throws IOException {
        Path folder = Files.createDirectories(root.resolve(name));
        FileSystemUtils.copyRecursively(Path.of("courses"), folder.resolve("courses"));
        return folder;
    }

    private static void exec(Path directory, List<String> command) throws Exception {
        Process process = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("Failed: " + String.join(" ", command));
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static String loadAverage() {
        try {
            return "load " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "";
        }
    }

    private static void report(String label, List<Sample> samples) {
        if (samples.isEmpty()) {
            return;
        }
        System.out.printf(
                "BENCH start-up | %-50s | %d runs | /login 200: median %.1f s (each %s) | ready: median %.1f s"
                        + " | JVM processor time median %.1f s | idle RSS median: JVM %.0f MB, MariaDB %.0f MB%n",
                label,
                samples.size(),
                median(samples, Sample::login),
                String.join(
                        ", ",
                        samples.stream().map(s -> "%.1f".formatted(s.login())).toList()),
                median(samples, Sample::ready),
                median(samples, Sample::cpu),
                median(samples, Sample::javaMb),
                median(samples, Sample::databaseMb));
    }

    private static double median(List<Sample> samples, ToDoubleFunction<Sample> value) {
        List<Double> values =
                new ArrayList<>(samples.stream().map(value::applyAsDouble).toList());
        values.sort(Comparator.naturalOrder());
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }
}
