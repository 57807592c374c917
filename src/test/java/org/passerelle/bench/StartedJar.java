package org.passerelle.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The production jar started as its own process in a folder of its own (embedded database, keys and a copy of
 * the courses inside), as an operator starts it with {@code java -jar}: when it answers, what it holds in memory,
 * and a clean stop.
 */
final class StartedJar implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private static final Pattern STARTED = Pattern.compile("Started PasserelleApplication in ([0-9.]+) seconds");
    private static final Pattern DATABASE = Pattern.compile("Embedded MariaDB ready on port \\d+ .*\\((\\d+) ms\\)");

    private final Process process;
    private final Path log;
    private final int port;
    private final long startedNanos;

    private StartedJar(Process process, Path log, int port, long startedNanos) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.startedNanos = startedNanos;
    }

    /**
     * Starts {@code java [jvmOptions] -jar jar} with its data, keys and courses in {@code folder} (also its
     * working directory), on a free port.
     */
    static StartedJar start(Path jar, Path folder, List<String> jvmOptions) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-jar",
                jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--passerelle.embedded-db.data-dir=" + folder.resolve("data"),
                "--passerelle.keys.dir=" + folder.resolve("keys"),
                "--passerelle.courses.folder=" + folder.resolve("courses")));
        Path log = folder.resolve("passerelle-" + System.nanoTime() + ".log");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new StartedJar(process, log, port, started);
    }

    /** Seconds from the start of the process until {@code path} answers 200 (polled every 50 ms). */
    double secondsUntilOk(String path, Duration patience) throws InterruptedException {
        long deadline = startedNanos + patience.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(2))
                .build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Passerelle stopped during start-up:\n" + lastLines());
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - startedNanos) / 1e9;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("No 200 on " + path + " within " + patience + ":\n" + lastLines());
    }

    private String lastLines() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Resident memory of the Java process, in MB. */
    double javaRssMb() {
        return rssMb(process.pid());
    }

    /** Processor seconds the Java process has used (user and system), whatever else the machine was doing. */
    double javaCpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime, fields 14 and 15 of proc(5), in clock ticks of 1/100 s.
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Resident memory of the processes the Java process started (the embedded MariaDB), in MB. */
    double childrenRssMb() {
        return process.descendants().mapToDouble(child -> rssMb(child.pid())).sum();
    }

    /** What Spring Boot itself says ("Started … in N seconds"), or -1. */
    double springSeconds() {
        return fromLog(STARTED);
    }

    /** The embedded database's own start, in seconds, or -1. */
    double databaseSeconds() {
        double millis = fromLog(DATABASE);
        return millis < 0 ? -1 : millis / 1000;
    }

    private double fromLog(Pattern pattern) {
        try {
            Matcher matcher = pattern.matcher(Files.readString(log));
            return matcher.find() ? Double.parseDouble(matcher.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static double rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // The process has gone.
        }
        return 0;
    }

    /**
     * Stops it as an operator would (SIGTERM, the database with it); forcibly after five minutes (a JVM writing an
     * AOT cache at exit takes a while).
     */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        for (ProcessHandle child : children) {
            child.onExit().completeOnTimeout(child, 20, TimeUnit.SECONDS).join();
            if (child.isAlive()) {
                child.destroyForcibly();
                child.onExit().completeOnTimeout(child, 10, TimeUnit.SECONDS).join();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
