package org.passerelle.bench.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The MariaDB server the app started for itself (a child of the server's JVM), stopped and started again from outside
 * on the same data folder and port, with the same command line and environment: a database outage as an operator or
 * a crash would cause it. The restarted server is this benchmark's child, pinned to the server's core.
 */
final class EmbeddedDatabaseProcess {

    private final List<String> command;
    private final Map<String, String> environment;
    private final Path directory;
    private final String jdbcUrl;
    private long pid;
    private Process restarted;

    private EmbeddedDatabaseProcess(
            long pid, List<String> command, Map<String, String> environment, Path directory, String jdbcUrl) {
        this.pid = pid;
        this.command = command;
        this.environment = environment;
        this.directory = directory;
        this.jdbcUrl = jdbcUrl;
    }

    static EmbeddedDatabaseProcess of(ServerUnderLoad server) throws Exception {
        ProcessHandle mysqld = ProcessHandle.of(server.pid())
                .orElseThrow()
                .descendants()
                .filter(p -> p.info()
                        .command()
                        .map(c -> c.endsWith("mysqld") || c.endsWith("mariadbd"))
                        .orElse(false))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No embedded MariaDB under the server"));
        Path proc = Path.of("/proc", String.valueOf(mysqld.pid()));
        List<String> command = Arrays.asList(new String(Files.readAllBytes(proc.resolve("cmdline"))).split("\0"));
        Map<String, String> environment = new HashMap<>();
        for (String entry : new String(Files.readAllBytes(proc.resolve("environ"))).split("\0")) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
                environment.put(entry.substring(0, equals), entry.substring(equals + 1));
            }
        }
        return new EmbeddedDatabaseProcess(
                mysqld.pid(), command, environment, Files.readSymbolicLink(proc.resolve("cwd")), server.jdbcUrl());
    }

    /** Stops the server: TERM (a clean stop, as an operator's), or KILL (a crash); returns when it is gone. */
    void stop(String signal) throws Exception {
        ServerUnderLoad.run(List.of("kill", "-" + signal, String.valueOf(pid)));
        ProcessHandle.of(pid)
                .ifPresent(p -> p.onExit().orTimeout(60, TimeUnit.SECONDS).join());
    }

    /** Freezes (STOP) or thaws (CONT) the server: connections stay open and nothing answers. */
    void signal(String signal) throws Exception {
        ServerUnderLoad.run(List.of("kill", "-" + signal, String.valueOf(pid)));
    }

    /** Starts it again with the same command line; returns when it accepts a connection. */
    void start(Path log) throws Exception {
        List<String> pinned = new ArrayList<>(List.of("taskset", "-c", System.getProperty("load.server.cpu", "1")));
        pinned.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(pinned)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().clear();
        builder.environment().putAll(environment);
        restarted = builder.start();
        pid = restarted.pid();
        Runtime.getRuntime().addShutdownHook(new Thread(restarted::destroy));
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl + "&connectTimeout=1000")) {
                return;
            } catch (SQLException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("The database did not come back; see " + log);
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    /** Stops the restarted server at the end (the app's own shutdown no longer owns it). */
    void close() throws InterruptedException {
        if (restarted != null && restarted.isAlive()) {
            restarted.destroy();
            restarted.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
