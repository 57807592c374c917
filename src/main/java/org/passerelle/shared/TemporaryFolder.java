package org.passerelle.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Where Passerelle keeps files while it receives or checks them — an upload on its way in, a course zip being
 * unpacked, a draft being checked — and deletes them once done, whatever the outcome: the system's temporary
 * folder, or {@code passerelle.temporary-folder}. New files and folders there are readable by their owner only.
 */
@Component
public class TemporaryFolder {

    private static final Logger log = LoggerFactory.getLogger(TemporaryFolder.class);

    private final Path path;

    public TemporaryFolder(@Value("${passerelle.temporary-folder:}") String folder) {
        this.path = folder == null || folder.isBlank()
                ? Path.of(System.getProperty("java.io.tmpdir"))
                : Path.of(folder).toAbsolutePath();
    }

    /** The folder itself, made if it is missing. */
    public Path path() {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("The temporary folder " + path + " cannot be made", e);
        }
    }

    /** A new empty folder inside, whose name starts with the prefix. */
    public Path newFolder(String prefix) {
        try {
            return Files.createTempDirectory(path(), prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new empty file inside, whose name starts with the prefix. */
    public Path newFile(String prefix) {
        try {
            return Files.createTempFile(path(), prefix, ".part");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a file or a folder with everything in it; says so in the log when something could not go. */
    public static void delete(Path fileOrFolder) {
        try {
            FileSystemUtils.deleteRecursively(fileOrFolder);
        } catch (IOException e) {
            log.warn("{} could not be deleted: {}", fileOrFolder, e.toString());
        }
    }
}
