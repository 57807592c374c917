package org.passerelle.credentials.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Key files: one PEM file per key pair ({@code PRIVATE KEY} as PKCS #8, {@code PUBLIC KEY} as X.509), named
 * after its kind and creation time, e.g. {@code ed25519-20261128T105500123Z.pem}; readable by the owner only.
 */
final class KeyFiles {

    private static final Logger log = LoggerFactory.getLogger(KeyFiles.class);

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("(ed25519|p256)-([0-9]{8}T[0-9]{9}Z)\\.pem");
    private static final Pattern BLOCK =
            Pattern.compile("-----BEGIN (PRIVATE|PUBLIC) KEY-----([A-Za-z0-9+/=\\s]+)-----END \\1 KEY-----");

    private KeyFiles() {}

    /** Writes a new key file; never replaces one. Owner-only permissions are set as the file is created. */
    static void write(Path folder, SigningKey key) {
        Path file = folder.resolve(key.kind().filePrefix() + "-" + STAMP.format(key.created()) + ".pem");
        String text = "# Passerelle " + key.kind() + " signing key " + key.kid() + ". Keep it secret; keep it.\n"
                + pem("PRIVATE", key.pair().getPrivate().getEncoded())
                + pem("PUBLIC", key.pair().getPublic().getEncoded());
        try {
            Files.write(
                    Files.createFile(file, ownerOnly("rw-------")),
                    text.getBytes(StandardCharsets.US_ASCII),
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("a key file of that instant exists already: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the key file " + file, e);
        }
    }

    /** Every key file of the folder, oldest first. */
    static List<SigningKey> readAll(Path folder) {
        List<SigningKey> keys = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                read(file).ifPresent(keys::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the key folder " + folder, e);
        }
        keys.sort(Comparator.comparing(SigningKey::created));
        return keys;
    }

    static void createFolder(Path folder) {
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder, ownerOnly("rwx------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the key folder " + folder, e);
        }
    }

    private static Optional<SigningKey> read(Path file) {
        Matcher name = NAME.matcher(file.getFileName().toString());
        if (!name.matches()) {
            return Optional.empty();
        }
        KeyKind kind = name.group(1).equals("ed25519") ? KeyKind.ED25519 : KeyKind.P256;
        warnIfShared(file);
        Instant created = STAMP.parse(name.group(2), Instant::from);
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII);
            byte[] privateKey = null;
            byte[] publicKey = null;
            Matcher block = BLOCK.matcher(text);
            while (block.find()) {
                byte[] der = Base64.getMimeDecoder().decode(block.group(2).strip());
                if (block.group(1).equals("PRIVATE")) {
                    privateKey = der;
                } else {
                    publicKey = der;
                }
            }
            if (privateKey == null || publicKey == null) {
                throw new IllegalStateException("the key file " + file + " lacks its private or public key");
            }
            KeyFactory factory = KeyFactory.getInstance(kind.algorithm());
            return Optional.of(SigningKey.of(
                    kind,
                    created,
                    new KeyPair(
                            factory.generatePublic(new X509EncodedKeySpec(publicKey)),
                            factory.generatePrivate(new PKCS8EncodedKeySpec(privateKey)))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the key file " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the key file " + file + " does not hold a " + kind + " key", e);
        }
    }

    /** Like ssh: a private key that others may read is reported (and still used, so that nothing stops). */
    private static void warnIfShared(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(permission -> !permission.name().startsWith("OWNER_"))) {
                log.warn(
                        "The key file {} may be read by others ({}): chmod 600 it",
                        file,
                        PosixFilePermissions.toString(permissions));
            }
        } catch (UnsupportedOperationException | IOException e) {
            // No POSIX permissions on this file system: nothing to check.
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + " KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + " KEY-----\n";
    }

    private static FileAttribute<?>[] ownerOnly(String permissions) {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (!posix) {
            return new FileAttribute<?>[0];
        }
        Set<PosixFilePermission> set = PosixFilePermissions.fromString(permissions);
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(set)};
    }
}
