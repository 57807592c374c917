package org.passerelle.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded MariaDB's root password: made at random at the first start of a data folder and kept in it, in a
 * file only its owner may read, so that the data and the password to reach it stay together (a copied or restored
 * data folder keeps working). The server is given it at every start through {@link #startScript()}.
 */
final class RootPassword {

    /** The file in the data folder, next to {@code db/}. */
    static final String FILE = "mariadb-root-password";

    private static final Logger log = LoggerFactory.getLogger(RootPassword.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final String value;

    private RootPassword(String value) {
        this.value = value;
    }

    /** A new password that lives as long as this process: for a temporary data folder. */
    static RootPassword fresh() {
        return new RootPassword(random());
    }

    /** The password kept in this data folder, made and written there first if there is none yet. */
    static RootPassword keptIn(Path folder) {
        Path file = folder.resolve(FILE);
        try {
            if (Files.isRegularFile(file)) {
                ownerOnly(file);
                String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!kept.isEmpty()) {
                    return new RootPassword(kept);
                }
            }
            RootPassword made = fresh();
            writeOwnerOnly(file, made.value + "\n");
            log.info("The embedded MariaDB's root password was made and kept in {}", file);
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded MariaDB's root password cannot be kept in " + file, e);
        }
    }

    String value() {
        return value;
    }

    /**
     * The statements the server runs as it starts ({@code --init-file}), before it accepts any connection: root, from
     * this machine only, has this password, and nobody may sign in without a name. Only the password's hash is
     * written, never the password.
     */
    String startScript() {
        String hash = nativeHash(value);
        return String.join(
                "\n",
                "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY PASSWORD '" + hash + "';",
                "ALTER USER 'root'@'127.0.0.1' IDENTIFIED BY PASSWORD '" + hash + "';",
                "GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;",
                // root over the local socket: a password too, instead of "the system's root user" or none.
                "ALTER USER IF EXISTS 'root'@'localhost' IDENTIFIED BY PASSWORD '" + hash + "';",
                // mariadb-install-db makes anonymous accounts, which would let anyone in under any name.
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "FLUSH PRIVILEGES;",
                "");
    }

    /** Writes the start script into this file, readable by its owner only. */
    void writeStartScript(Path file) {
        try {
            writeOwnerOnly(file, startScript());
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded MariaDB's start script cannot be written to " + file, e);
        }
    }

    /** MariaDB's {@code mysql_native_password} hash: {@code *} and SHA-1 of SHA-1, in upper-case hex. */
    static String nativeHash(String password) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            byte[] once = sha1.digest(password.getBytes(StandardCharsets.UTF_8));
            return "*" + HexFormat.of().withUpperCase().formatHex(sha1.digest(once));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Written beside, owner-only from its creation, then moved into place: never readable by others, never half. */
    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path written = posix()
                ? Files.createTempFile(
                        file.toAbsolutePath().getParent(),
                        ".passerelle-",
                        ".tmp",
                        PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(file.toAbsolutePath().getParent(), ".passerelle-", ".tmp");
        try {
            Files.writeString(written, content, StandardCharsets.UTF_8);
            if (!posix()) {
                written.toFile().setReadable(false, false);
                written.toFile().setReadable(true, true);
            }
            try {
                Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(written, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(written);
        }
    }

    /** A password file someone made readable by others is made owner-only again. */
    private static void ownerOnly(Path file) throws IOException {
        if (posix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            log.warn("{} was readable by others; it is now readable by its owner only", file);
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
