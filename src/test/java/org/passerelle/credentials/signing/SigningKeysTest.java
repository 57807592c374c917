package org.passerelle.credentials.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signing keys: made once, kept private on disk, found again at the next start, rotated on request. */
class SigningKeysTest {

    @TempDir
    Path temp;

    @Test
    void keysAreMadeAtFirstStartReadableByTheOwnerOnlyAndFoundAgainAtTheNext() throws Exception {
        Path folder = temp.resolve("keys");
        SigningKeys first = new SigningKeys(folder.toString(), "", Clock.systemUTC());

        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.toList();
        }
        assertThat(files).hasSize(2);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                .isEqualTo("rwx------");
        for (Path file : files) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .as(file.toString())
                    .isEqualTo("rw-------");
        }

        SigningKeys again = new SigningKeys(folder.toString(), "", Clock.systemUTC());
        for (KeyKind kind : KeyKind.values()) {
            assertThat(again.current(kind).kid()).isEqualTo(first.current(kind).kid());
            assertThat(again.current(kind).pair().getPrivate().getEncoded())
                    .isEqualTo(first.current(kind).pair().getPrivate().getEncoded());
        }
    }

    @Test
    void keysOlderThanTheRotationInstantAreReplacedAtStartAndKept() {
        Path folder = temp.resolve("rotating");
        Clock past = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        SigningKeys old = new SigningKeys(folder.toString(), "", past);

        SigningKeys rotated = new SigningKeys(folder.toString(), "2026-06-01T00:00:00Z", Clock.systemUTC());

        for (KeyKind kind : KeyKind.values()) {
            assertThat(rotated.current(kind).kid())
                    .isNotEqualTo(old.current(kind).kid());
            assertThat(rotated.find(kind, old.current(kind).kid()))
                    .as("the retired key")
                    .isPresent();
            assertThat(rotated.all(kind)).hasSize(2);
        }
        SigningKeys restarted = new SigningKeys(folder.toString(), "2026-06-01T00:00:00Z", Clock.systemUTC());
        assertThat(restarted.all(KeyKind.ED25519)).as("a rotation happens once").hasSize(2);
        assertThat(restarted.current(KeyKind.ED25519).kid())
                .isEqualTo(rotated.current(KeyKind.ED25519).kid());
    }
}
