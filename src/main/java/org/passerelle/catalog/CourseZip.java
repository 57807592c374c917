package org.passerelle.catalog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A course folder as a zip: {@code course-id/…} with the folder's files. Unpacking refuses what could escape
 * the folder or fill the disk: absolute or {@code ..} paths, more than one top folder, too many files or bytes.
 */
final class CourseZip {

    static final int MAX_ENTRIES = 5_000;
    static final long MAX_BYTES = 300L * 1024 * 1024;

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

    /** Unpacks into a new temporary folder holding exactly one course folder; the caller deletes it. */
    static Path unpack(byte[] zip) {
        Path target;
        try {
            target = Files.createTempDirectory("passerelle-course-zip-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> tops = new HashSet<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                if (++entries > MAX_ENTRIES) {
                    throw new IllegalArgumentException("the zip holds more than " + MAX_ENTRIES + " files");
                }
                if (name.startsWith("/")
                        || name.contains("\\")
                        || name.contains(":")
                        || Set.of(name.split("/")).contains("..")) {
                    throw new IllegalArgumentException("unsafe path in the zip: " + name);
                }
                tops.add(name.split("/")[0]);
                Path file = target.resolve(name).normalize();
                if (!file.startsWith(target)) {
                    throw new IllegalArgumentException("unsafe path in the zip: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                    continue;
                }
                Files.createDirectories(file.getParent());
                try (OutputStream out = Files.newOutputStream(file)) {
                    total += copy(in, out, MAX_BYTES - total);
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not a readable zip: " + e.getMessage(), e);
        }
        if (tops.size() != 1) {
            throw new IllegalArgumentException("the zip must hold one course folder, not " + tops.size());
        }
        return target;
    }

    private static long copy(InputStream in, OutputStream out, long allowed) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
            copied += read;
            if (copied > allowed) {
                throw new IllegalArgumentException("the zip unpacks to more than " + MAX_BYTES / 1024 / 1024 + " MB");
            }
            out.write(buffer, 0, read);
        }
        return copied;
    }
}
