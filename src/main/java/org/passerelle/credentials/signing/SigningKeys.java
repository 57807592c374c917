package org.passerelle.credentials.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The issuer's signing keys, kept as files in {@code passerelle.keys.dir} — outside the repository and the
 * database, so that neither a clone nor a dump can sign. Missing keys are made at start. The newest key of
 * each kind signs; older keys stay published (and the older Ed25519 keys keep signing their own status lists),
 * so credentials signed before a rotation still verify. Rotation: {@link #rotate} or, at start, every current
 * key created before {@code passerelle.keys.rotate-before} (an ISO instant) is replaced by a new one.
 */
@Component
public class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private final Path folder;
    private final Clock clock;
    private final List<SigningKey> keys = new CopyOnWriteArrayList<>();

    SigningKeys(
            @Value("${passerelle.keys.dir:keys}") String folder,
            @Value("${passerelle.keys.rotate-before:}") String rotateBefore,
            Clock clock) {
        this.folder = folder.isBlank() ? temporaryFolder() : Path.of(folder).toAbsolutePath();
        this.clock = clock;
        KeyFiles.createFolder(this.folder);
        keys.addAll(KeyFiles.readAll(this.folder));
        Optional<Instant> deadline =
                rotateBefore.isBlank() ? Optional.empty() : Optional.of(Instant.parse(rotateBefore.strip()));
        for (KeyKind kind : KeyKind.values()) {
            Optional<SigningKey> current = newest(kind);
            if (current.isEmpty()) {
                log.info("No {} signing key in {}: making one", kind, this.folder);
                rotate(kind);
            } else if (deadline.isPresent() && current.get().created().isBefore(deadline.get())) {
                log.info("The {} is older than passerelle.keys.rotate-before: rotating", current.get());
                rotate(kind);
            }
        }
    }

    /** The key that signs new credentials of a kind. */
    public SigningKey current(KeyKind kind) {
        return newest(kind).orElseThrow();
    }

    /** A key of a kind by its id, current or retired. */
    public Optional<SigningKey> find(KeyKind kind, String kid) {
        return keys.stream()
                .filter(key -> key.kind() == kind && key.kid().equals(kid))
                .findFirst();
    }

    /** Every key of a kind, newest first: the public halves stay published. */
    public List<SigningKey> all(KeyKind kind) {
        return keys.stream()
                .filter(key -> key.kind() == kind)
                .sorted(Comparator.comparing(SigningKey::created).reversed())
                .toList();
    }

    /** Makes a new key of a kind the current one; the previous ones are kept. */
    public synchronized SigningKey rotate(KeyKind kind) {
        Instant created = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Optional<SigningKey> previous = newest(kind);
        if (previous.isPresent() && !created.isAfter(previous.get().created())) {
            created = previous.get().created().plusMillis(1);
        }
        SigningKey key = SigningKey.of(kind, created, kind.generate());
        KeyFiles.write(folder, key);
        keys.add(key);
        log.info("New {} in {}", key, folder);
        return key;
    }

    private Optional<SigningKey> newest(KeyKind kind) {
        return all(kind).stream().findFirst();
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("passerelle-keys");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
