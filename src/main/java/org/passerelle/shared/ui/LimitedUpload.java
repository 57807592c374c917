package org.passerelle.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadResult;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serial;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.passerelle.shared.TemporaryFolder;

/**
 * Receives one uploaded file and never holds more than its limit. The component is told the limit too, so that a
 * browser refuses a larger file before sending it, but the server does not count on that: a file that announces
 * more is refused before a byte is read, and one that sends more is refused at the first byte too many — reading
 * stops there and what was read is dropped (memory) or deleted (file). So is an upload that breaks off half-way.
 * The view is then told, under its session's lock, what arrived or that it was too large; a refusal answers
 * 413, which the component shows as "too large".
 */
public final class LimitedUpload implements UploadHandler {

    private static final int CHUNK = 64 * 1024;
    private static final String TOO_LARGE = "too large";

    private final long limit;
    private final Reading reading;
    private final Runnable tooLarge;

    private LimitedUpload(long limit, Reading reading, Runnable tooLarge) {
        this.limit = limit;
        this.reading = reading;
        this.tooLarge = tooLarge;
    }

    /**
     * The file's bytes in memory, for files of a few megabytes.
     *
     * @param received told the file's name and bytes
     * @param tooLarge told that the file was larger than {@code limit} bytes
     */
    public static LimitedUpload inMemory(long limit, BiConsumer<String, byte[]> received, Runnable tooLarge) {
        if (limit >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Too large to hold in memory: " + limit);
        }
        return new LimitedUpload(
                limit,
                (in, declared, name, ui) -> {
                    byte[] bytes = readAtMost(in, declared, limit);
                    ui.accessSynchronously(() -> received.accept(name, bytes));
                },
                tooLarge);
    }

    /**
     * The file written into the temporary folder, for larger files; it is deleted as soon as {@code received}
     * returns, or throws.
     *
     * @param received told the file's name and where it is
     * @param tooLarge told that the file was larger than {@code limit} bytes
     */
    public static LimitedUpload toFile(
            long limit, TemporaryFolder folder, BiConsumer<String, Path> received, Runnable tooLarge) {
        return new LimitedUpload(
                limit,
                (in, declared, name, ui) -> {
                    Path file = copyAtMost(in, declared, limit, folder.newFile("passerelle-upload-"));
                    try {
                        ui.accessSynchronously(() -> received.accept(name, file));
                    } finally {
                        TemporaryFolder.delete(file);
                    }
                },
                tooLarge);
    }

    /** Receives the component's files here, and tells the browser the same limit. */
    public Upload applyTo(Upload upload) {
        upload.setUploadHandler(this);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(limit, Integer.MAX_VALUE));
        return upload;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        try (InputStream in = event.getInputStream()) {
            reading.read(in, event.getFileSize(), event.getFileName(), ui);
        } catch (TooLarge e) {
            event.reject(TOO_LARGE);
            ui.accessSynchronously(tooLarge::run);
        }
    }

    @Override
    public void responseHandled(UploadResult result) {
        boolean refusedAsTooLarge = result.exception() == null
                && result.allRejected()
                && result.rejectedFiles().stream().allMatch(file -> TOO_LARGE.equals(file.reason()));
        if (refusedAsTooLarge) {
            result.response().setStatus(413);
        } else {
            UploadHandler.super.responseHandled(result);
        }
    }

    /** One file per request; larger parts of a multipart request are refused before this handler reads them. */
    @Override
    public long getFileCountMax() {
        return 1;
    }

    @Override
    public long getFileSizeMax() {
        return limit;
    }

    @Override
    public long getRequestSizeMax() {
        return limit + CHUNK;
    }

    /**
     * Reads a whole upload into memory, but never more than {@code limit} bytes.
     *
     * @param declared the length the request announced, or -1
     * @throws TooLarge as soon as the announced length or the bytes read pass the limit
     * @throws IOException when the upload breaks off, or sends other than it announced
     */
    static byte[] readAtMost(InputStream in, long declared, long limit) throws IOException, TooLarge {
        if (declared > limit) {
            throw new TooLarge();
        }
        if (declared >= 0) {
            // Honest uploads announce their length: one array of exactly that size.
            byte[] data = new byte[(int) declared];
            int count = readFully(in, data);
            if (count < declared) {
                throw new EOFException("The upload ended after " + count + " of " + declared + " bytes");
            }
            if (in.read() >= 0) {
                throw new IOException("The upload sent more than the " + declared + " bytes it announced");
            }
            return data;
        }
        // No length announced: pieces, so that a refused upload never held more than the limit and one piece.
        List<byte[]> pieces = new ArrayList<>();
        long count = 0;
        while (true) {
            byte[] piece = new byte[CHUNK];
            int filled = readFully(in, piece);
            count += filled;
            if (count > limit) {
                throw new TooLarge();
            }
            pieces.add(piece);
            if (filled < CHUNK) {
                break;
            }
        }
        byte[] data = new byte[(int) count];
        for (int i = 0; i < pieces.size(); i++) {
            int offset = i * CHUNK;
            System.arraycopy(pieces.get(i), 0, data, offset, (int) Math.min(CHUNK, count - offset));
        }
        return data;
    }

    /** Fills the array from the stream, or as much of it as the stream has: the number of bytes read. */
    private static int readFully(InputStream in, byte[] into) throws IOException {
        int count = 0;
        while (count < into.length) {
            int read = in.read(into, count, into.length - count);
            if (read < 0) {
                break;
            }
            count += read;
        }
        return count;
    }

    /**
     * Copies a whole upload into a file, but never more than {@code limit} bytes; on any failure the file is
     * deleted.
     */
    static Path copyAtMost(InputStream in, long declared, long limit, Path file) throws IOException, TooLarge {
        try {
            if (declared > limit) {
                throw new TooLarge();
            }
            long count = 0;
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[CHUNK];
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    count += read;
                    if (count > limit) {
                        throw new TooLarge();
                    }
                    out.write(buffer, 0, read);
                }
            }
            if (declared >= 0 && count < declared) {
                throw new EOFException("The upload ended after " + count + " of " + declared + " bytes");
            }
            return file;
        } catch (IOException | TooLarge | RuntimeException e) {
            TemporaryFolder.delete(file);
            throw e;
        }
    }

    /** The upload is larger than its limit. */
    static final class TooLarge extends Exception {

        @Serial
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super(null, null, false, false);
        }
    }

    @FunctionalInterface
    private interface Reading {
        void read(InputStream in, long declared, String fileName, UI ui) throws IOException, TooLarge;
    }
}
