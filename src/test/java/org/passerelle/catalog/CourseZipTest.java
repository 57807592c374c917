package org.passerelle.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A course zip is unpacked only when it is safe, by the bytes it really unpacks to; whatever it is refused for,
 * or whatever goes wrong half-way, nothing of it is left in the temporary folder.
 */
class CourseZipTest {

    /** Small limits, so that each one can be passed without writing hundreds of megabytes. */
    static final CourseZip.Limits SMALL = new CourseZip.Limits(10, 300_000, 100_000);

    @TempDir
    Path temporary;

    @Test
    void aSafeZipIsUnpackedIntoOneNewFolderWithItsCourseFolder() throws IOException {
        Path unpacked = CourseZip.unpack(
                in(CourseZip.pack("course-a", Map.of("course.yaml", bytes("id: course-a\n")))), temporary, SMALL);

        assertThat(unpacked.getParent()).isEqualTo(temporary);
        assertThat(Files.readString(unpacked.resolve("course-a/course.yaml"))).isEqualTo("id: course-a\n");
    }

    @Test
    void aPathThatRepeatsAFolderNameIsUnpacked() throws IOException {
        Path unpacked = CourseZip.unpack(
                in(CourseZip.pack("media", Map.of("media/media/a.png", bytes("png")))), temporary, SMALL);

        assertThat(Files.readString(unpacked.resolve("media/media/media/a.png")))
                .isEqualTo("png");
    }

    @Test
    void pathsThatLeadOutOfTheFolderAreRefusedAndNothingIsLeft() {
        for (String name : List.of(
                "course-a/../../evil.txt",
                "../evil.txt",
                "/etc/evil",
                "course-a\\..\\evil",
                "c:/evil",
                "course-a/..")) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put("course-a/course.yaml", bytes("id: course-a\n"));
            files.put(name, bytes("x"));
            assertRefused(zip(files), "import.zip.unsafe-path");
            assertThat(Path.of("evil.txt")).doesNotExist();
        }
    }

    @Test
    void aZipWithTooManyFilesIsRefusedAndNothingIsLeft() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) {
            files.put("course-a/file-" + i + ".md", bytes("text"));
        }
        Refused refused = assertRefused(zip(files), "import.zip.too-many-files");
        assertThat(refused.arguments()).containsExactly(10);
    }

    @Test
    void aBombIsRefusedByTheBytesItReallyUnpacksToAndNothingIsLeft() throws IOException {
        // 400 KB of zeros compress to about 400 bytes; the zip's local header claims no size at all.
        byte[] bomb = zeros("course-a/media/zeros.bin", 400_000);
        assertThat(bomb.length).isLessThan(2_000);

        Refused refused = assertRefused(bomb, "import.zip.file-too-large");
        assertThat(refused.arguments()[0]).isEqualTo("course-a/media/zeros.bin");
    }

    @Test
    void manyFilesThatTogetherUnpackToTooMuchAreRefusedAndNothingIsLeft() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            files.put("course-a/part-" + i + ".bin", new byte[90_000]);
        }
        assertRefused(zip(files), "import.zip.too-large");
    }

    @Test
    void theRealLimitsStopABombOfAHundredMegabytesAfterTwenty() throws IOException {
        byte[] zip = zeros("course-a/media/huge.bin", 100L * 1024 * 1024);
        CountingStream bomb = new CountingStream(in(zip));

        assertThatThrownBy(() -> CourseZip.unpack(bomb, temporary))
                .isInstanceOfSatisfying(
                        Refused.class, refused -> assertThat(refused.key()).isEqualTo("import.zip.file-too-large"));
        assertThat(bomb.count).as("unpacking stopped early: zip bytes read").isLessThan(zip.length / 2);
        assertThat(leftIn(temporary)).isEmpty();
    }

    @Test
    void aZipWithTwoFoldersOrNoneIsRefusedAndNothingIsLeft() {
        Map<String, byte[]> two = new LinkedHashMap<>();
        two.put("first/course.yaml", bytes("id: first\n"));
        two.put("second/course.yaml", bytes("id: second\n"));
        assertRefused(zip(two), "import.zip.not-one-folder");
        assertRefused(zip(Map.of()), "import.zip.not-a-zip");
    }

    @Test
    void somethingThatIsNotAZipOrABrokenZipIsRefusedAndNothingIsLeft() {
        assertRefused(bytes("not a zip at all"), "import.zip.not-a-zip");
        byte[] whole = zip(withNoise());
        // Cut inside the second file's data: the first file was already written when reading fails.
        assertRefused(Arrays.copyOf(whole, whole.length - 2_000), "import.zip.not-a-zip");
    }

    @Test
    void aNameThatIsBothAFileAndAFolderIsRefusedAndNothingIsLeft() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("course-a/media", bytes("a file"));
        files.put("course-a/media/picture.png", bytes("in a folder of the same name"));
        assertRefused(zip(files), "import.zip.name-clash");
    }

    @Test
    void anUnexpectedFailureHalfWayLeavesNothingEither() throws IOException {
        CountingStream failing = new CountingStream(in(zip(withNoise()))) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (count > 4_000) {
                    throw new IllegalStateException("something unexpected");
                }
                return super.read(b, off, len);
            }
        };
        assertThatThrownBy(() -> CourseZip.unpack(failing, temporary, SMALL)).isInstanceOf(IllegalStateException.class);
        assertThat(leftIn(temporary)).isEmpty();
    }

    /** A course file, then 8 KB that do not compress. */
    private static Map<String, byte[]> withNoise() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("course-a/course.yaml", bytes("id: course-a\n"));
        byte[] noise = new byte[8_000];
        new Random(42).nextBytes(noise);
        files.put("course-a/media/noise.bin", noise);
        return files;
    }

    private Refused assertRefused(byte[] zip, String key) {
        Refused refused = null;
        try {
            CourseZip.unpack(in(zip), temporary, SMALL);
        } catch (Refused e) {
            refused = e;
        }
        assertThat(refused).as("refused with " + key).isNotNull();
        assertThat(refused.key()).isEqualTo(key);
        try {
            assertThat(leftIn(temporary)).as("left in the temporary folder").isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return refused;
    }

    /** A zip with one entry of this many zero bytes, written as they stream, never held whole in memory. */
    static byte[] zeros(String name, long size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            byte[] chunk = new byte[64 * 1024];
            for (long written = 0; written < size; written += chunk.length) {
                zip.write(chunk, 0, (int) Math.min(chunk.length, size - written));
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<Path> leftIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static InputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Counts what is read through it. */
    static class CountingStream extends FilterInputStream {

        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int read = super.read();
            count += read < 0 ? 0 : 1;
            return read;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int read = super.read(b, off, len);
            count += Math.max(read, 0);
            return read;
        }
    }
}
