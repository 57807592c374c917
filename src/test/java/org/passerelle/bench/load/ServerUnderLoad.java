package org.passerelle.bench.load;

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
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The production jar ({@code target/passerelle.jar}, built by {@code ./mvnw -DskipTests package}) run as a child
 * process pinned to one core with {@code taskset}, with its embedded MariaDB (which inherits the pinning) in a fresh
 * folder under {@code target/load-bench}. The benchmark driver pins itself to the other core.
 */
final class ServerUnderLoad implements AutoCloseable {

    static final String JAVA = System.getProperty("java.home") + "/bin/java";
    private static final Pattern DB_PORT = Pattern.compile("Embedded MariaDB ready on port (\\d+)");

    private final Process process;
    private final Path log;
    private final int port;
    private final long startMillis;

    private ServerUnderLoad(Process process, Path log, int port, long startMillis) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.startMillis = startMillis;
    }

    /**
     * Starts the jar and waits until it answers ready.
     *
     * @param name a folder name under target/load-bench for data, keys and the log
     * @param jvm extra JVM options, e.g. {@code -Xmx2g}
     * @param app extra application arguments, e.g. {@code --vaadin.heartbeatInterval=20}
     */
    static ServerUnderLoad start(String name, List<String> jvm, List<String> app) throws Exception {
        Path jar = Path.of("target/passerelle.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Build the jar first: ./mvnw -DskipTests package");
        }
        Path folder = Path.of("target/load-bench", name).toAbsolutePath();
        deleteRecursively(folder);
        Files.createDirectories(folder);
        int port = freePort();
        List<String> command =
                new ArrayList<>(List.of("taskset", "-c", System.getProperty("load.server.cpu", "1"), JAVA));
        command.addAll(jvm);
        command.addAll(List.of(
                "-jar",
                jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--passerelle.embedded-db.data-dir=" + folder.resolve("data"),
                "--passerelle.keys.dir=" + folder.resolve("keys")));
        command.addAll(app);
        Path log = folder.resolve("server.log");
        long started = System.currentTimeMillis();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        ServerUnderLoad server = new ServerUnderLoad(process, log, port, started);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        server.awaitReady();
        System.out.printf(
                "BENCH server | pid %d on cpu %s, port %d, database port %d, ready after %.1f s | %s%n",
                process.pid(),
                System.getProperty("load.server.cpu", "1"),
                port,
                server.databasePort(),
                (System.currentTimeMillis() - started) / 1000.0,
                String.join(" ", jvm) + " " + String.join(" ", app));
        return server;
    }

    private void awaitReady() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.currentTimeMillis() + 240_000;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped; see " + log);
            }
            try {
                HttpResponse<String> ready = http.send(
                        HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The server was not ready within 4 minutes; see " + log);
    }

    String base() {
        return "http://localhost:" + port;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    int databasePort() throws IOException {
        Matcher port = DB_PORT.matcher(Files.readString(log));
        if (!port.find()) {
            throw new IllegalStateException("No database port in " + log);
        }
        return Integer.parseInt(port.group(1));
    }

    /** The app's database, with root's password (kept in the data folder, made at the first start) inside. */
    String jdbcUrl() throws IOException {
        String password = Files.readString(log.getParent().resolve("data/mariadb-root-password"))
                .strip();
        return "jdbc:mysql://127.0.0.1:" + databasePort() + "/passerelle?connectionTimeZone=UTC&user=root&password="
                + password;
    }

    /** Runs {@code jcmd <server pid> <command…>} and returns what it printed. */
    String jcmd(String... arguments) throws Exception {
        List<String> command =
                new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/jcmd", String.valueOf(pid())));
        command.addAll(List.of(arguments));
        return run(command);
    }

    static String run(List<String> command) throws Exception {
        Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    /** Pins this JVM (every thread, and those it starts later) to one core, away from the server's. */
    static void pinDriver() throws Exception {
        String cpu = System.getProperty("load.driver.cpu", "0");
        String out = run(List.of(
                "taskset",
                "-a",
                "-p",
                "-c",
                cpu,
                String.valueOf(ProcessHandle.current().pid())));
        System.out.printf(
                "BENCH driver | pid %d pinned to cpu %s (%s)%n",
                ProcessHandle.current().pid(),
                cpu,
                out.lines().reduce((a, b) -> b).orElse("").strip());
    }

    /** The machine's load averages, to read measurements by. */
    static String load() throws IOException {
        return "load average " + Files.readString(Path.of("/proc/loadavg")).strip();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    long startMillis() {
        return startMillis;
    }
}
