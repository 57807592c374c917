package org.passerelle.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.management.ThreadMXBean;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server counts an upload's bytes itself, whatever the browser was told: a file larger than the limit is read
 * only up to the limit, then refused, and nothing of it is kept, in memory or on disk; an upload that breaks off
 * leaves nothing either.
 */
class LimitedUploadTest {

    static final long MB = 1024 * 1024;
    /** What "a small buffer" past the limit means here: one read's worth. */
    static final long SLACK = 64 * 1024;

    @TempDir
    Path temporary;

    @Test
    void aFileWithinTheLimitArrivesWhole() throws Exception {
        byte[] file = "email;given name\nawa@gouv.sn;Awa\n".getBytes();

        assertThat(LimitedUpload.readAtMost(new ByteArrayInputStream(file), file.length, 10 * MB))
                .isEqualTo(file);
        assertThat(LimitedUpload.readAtMost(new ByteArrayInputStream(file), -1, 10 * MB))
                .as("also when the request does not say its length")
                .isEqualTo(file);
        assertThat(LimitedUpload.readAtMost(new ByteArrayInputStream(file), -1, file.length))
                .as("exactly the limit is allowed")
                .isEqualTo(file);
        Path copied = LimitedUpload.copyAtMost(
                new ByteArrayInputStream(file), file.length, 10 * MB, temporary.resolve("upload.part"));
        assertThat(Files.readAllBytes(copied)).isEqualTo(file);
    }

    @Test
    void aStreamLargerThanTheLimitIsReadOnlyUpToTheLimitAndNothingIsKeptInMemory() {
        long limit = 10 * MB;
        Endless client = new Endless(500 * MB);
        boolean refused = false;
        long allocatedBefore = allocatedByThisThread();
        try {
            LimitedUpload.readAtMost(client, -1, limit);
        } catch (LimitedUpload.TooLarge e) {
            refused = true;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        long allocated = allocatedByThisThread() - allocatedBefore;

        assertThat(refused).isTrue();
        assertThat(client.sent).as("bytes read from the client").isBetween(limit, limit + SLACK);
        // Everything the heap was asked for while reading, not the 500 MB the client wanted to send.
        assertThat(allocated).as("bytes allocated while reading").isBetween(limit, limit + MB);
        System.out.printf(
                "Upload over a 10 MB limit: %,d bytes read of the 500 MB sent, %,d bytes allocated%n",
                client.sent, allocated);
    }

    @Test
    void aStreamThatAnnouncesMoreThanTheLimitIsRefusedBeforeAByteIsRead() {
        Endless client = new Endless(30 * MB);

        assertThatThrownBy(() -> LimitedUpload.readAtMost(client, 30 * MB, 10 * MB))
                .isInstanceOf(LimitedUpload.TooLarge.class);
        assertThatThrownBy(() -> LimitedUpload.copyAtMost(client, 30 * MB, 10 * MB, temporary.resolve("a.part")))
                .isInstanceOf(LimitedUpload.TooLarge.class);
        assertThat(client.sent).isZero();
    }

    @Test
    void aStreamThatSendsMoreThanItAnnouncedIsStoppedRightThere() {
        Endless client = new Endless(500 * MB);

        assertThatThrownBy(() -> LimitedUpload.readAtMost(client, 1_000, 10 * MB))
                .isInstanceOf(IOException.class);
        assertThat(client.sent).isEqualTo(1_001);
    }

    @Test
    void aStreamLargerThanTheLimitWritesNoMoreThanTheLimitToDiskAndLeavesNothing() throws IOException {
        long limit = 20 * MB;
        Path file = temporary.resolve("passerelle-upload-1.part");
        long[] largestOnDisk = {0};
        Endless watched = new Endless(500 * MB) {
            @Override
            public int read(byte[] b, int off, int len) {
                sizeOf(file, largestOnDisk);
                return super.read(b, off, len);
            }
        };

        assertThatThrownBy(() -> LimitedUpload.copyAtMost(watched, -1, limit, file))
                .isInstanceOf(LimitedUpload.TooLarge.class);

        assertThat(watched.sent).isBetween(limit, limit + SLACK);
        assertThat(largestOnDisk[0]).as("the most ever written").isLessThanOrEqualTo(limit);
        assertThat(leftIn(temporary)).isEmpty();
    }

    @Test
    void anUploadThatBreaksOffLeavesNothing() {
        InputStream breaking = new Endless(5 * MB) {
            @Override
            public int read(byte[] b, int off, int len) {
                if (sent > 2 * MB) {
                    throw new UncheckedIOException(new IOException("Connection reset by peer"));
                }
                return super.read(b, off, len);
            }
        };
        assertThatThrownBy(() -> LimitedUpload.copyAtMost(breaking, 5 * MB, 10 * MB, temporary.resolve("b.part")))
                .hasRootCauseMessage("Connection reset by peer");
        assertThat(temporary.resolve("b.part")).doesNotExist();

        // The connection closed early: fewer bytes than announced.
        assertThatThrownBy(
                        () -> LimitedUpload.copyAtMost(new Endless(MB), 5 * MB, 10 * MB, temporary.resolve("c.part")))
                .isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> LimitedUpload.readAtMost(new Endless(MB), 5 * MB, 10 * MB))
                .isInstanceOf(EOFException.class);
        assertThat(temporary.resolve("c.part")).doesNotExist();
    }

    private static void sizeOf(Path file, long[] largest) {
        try {
            if (Files.exists(file)) {
                largest[0] = Math.max(largest[0], Files.size(file));
            }
        } catch (IOException e) {
            // gone meanwhile
        }
    }

    private static List<Path> leftIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static long allocatedByThisThread() {
        return ((ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    /** A client sending {@code size} bytes, counting what the server took; nothing is held to produce them. */
    static class Endless extends InputStream {

        private final long size;
        long sent;

        Endless(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (sent >= size) {
                return -1;
            }
            sent++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (sent >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - sent);
            Arrays.fill(b, off, off + n, (byte) 'x');
            sent += n;
            return n;
        }
    }
}
