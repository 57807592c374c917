package org.passerelle.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.passerelle.shared.TemporaryFolder;

/**
 * A course folder as a zip: {@code course-id/…} with the folder's files. Unpacking refuses what could escape
 * the folder or fill the disk: absolute or {@code ..} paths, more than one top folder, too many files, a file or
 * a whole larger than a course may have. Sizes are the bytes actually unpacked, counted as they come, never what
 * the zip's headers claim; unpacking stops at the first byte too many.
 */
final class CourseZip {

    /** How much a zip may unpack to. */
    record Limits(int entries, long bytes, long fileBytes) {}

    static final Limits LIMITS = new Limits(
            ContentLimits.MAX_ZIP_ENTRIES, ContentLimits.MAX_ZIP_UNPACKED_BYTES, ContentLimits.MAX_FILE_BYTES);

    private static final long MB = 1024 * 1024;

    private CourseZip() {}

    /** @param files path inside the course folder → bytes */
    static byte[] pack(String courseId, Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(courseId + "/" + file.getKey());
                entry.setTime(0);
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Path unpack(InputStream zip, Path temporary) {
        return unpack(zip, temporary, LIMITS);
    }

    /**
     * Unpacks into a new folder inside {@code temporary} that holds exactly one course folder; the caller deletes
     * it. When the zip is refused, or anything else goes wrong, nothing of it is left behind.
     *
     * @throws Refused with the reason as a translation key
     */
    static Path unpack(InputStream zip, Path temporary, Limits limits) {
        Path target;
        try {
            target = Files.createTempDirectory(temporary, "passerelle-course-zip-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            unpackInto(zip, target, limits);
            return target;
        } catch (RuntimeException | Error e) {
            TemporaryFolder.delete(target);
            throw e;
        }
    }

    private static void unpackInto(InputStream zip, Path target, Limits limits) {
        Set<String> tops = new HashSet<>();
        long total = 0;
        int entries = 0;
        ZipInputStream in = new ZipInputStream(zip);
        for (ZipEntry entry = next(in); entry != null; entry = next(in)) {
            String name = entry.getName();
            if (++entries > limits.entries()) {
                throw new Refused("import.zip.too-many-files", limits.entries());
            }
            Path file = target.resolve(name).normalize();
            if (name.startsWith("/")
                    || name.contains("\\")
                    || name.contains(":")
                    || name.indexOf('\0') >= 0
                    || Arrays.asList(name.split("/")).contains("..")
                    || !file.startsWith(target)
                    || file.equals(target)) {
                throw new Refused("import.zip.unsafe-path", name);
            }
            tops.add(name.split("/")[0]);
            try {
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                    continue;
                }
                Files.createDirectories(file.getParent());
                try (OutputStream out = Files.newOutputStream(file)) {
                    total += copy(in, out, name, total, limits);
                }
            } catch (FileAlreadyExistsException | NotDirectoryException e) {
                throw new Refused(e, "import.zip.name-clash", name);
            } catch (IOException e) {
                // The disk, not the zip: full, or not writable.
                throw new UncheckedIOException("Unpacking a course zip into " + target + " failed", e);
            }
        }
        if (entries == 0) {
            throw new Refused("import.zip.not-a-zip");
        }
        if (tops.size() != 1) {
            throw new Refused("import.zip.not-one-folder", tops.size());
        }
    }

    /** Copies one entry, refusing at the first byte past the file's or the whole zip's limit. */
    private static long copy(ZipInputStream in, OutputStream out, String name, long before, Limits limits)
            throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        for (int read = read(in, buffer); read > 0; read = read(in, buffer)) {
            copied += read;
            if (copied > limits.fileBytes()) {
                throw new Refused("import.zip.file-too-large", name, limits.fileBytes() / MB);
            }
            if (before + copied > limits.bytes()) {
                throw new Refused("import.zip.too-large", limits.bytes() / MB);
            }
            out.write(buffer, 0, read);
        }
        return copied;
    }

    /** Reading the zip failed: it is not one, or it is damaged. Writing the files is another matter. */
    private static ZipEntry next(ZipInputStream in) {
        try {
            return in.getNextEntry();
        } catch (IOException | IllegalArgumentException e) {
            throw notAZip(e);
        }
    }

    private static int read(ZipInputStream in, byte[] buffer) {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw notAZip(e);
        }
    }

    private static Refused notAZip(Exception cause) {
        return new Refused(cause, "import.zip.not-a-zip");
    }
}
