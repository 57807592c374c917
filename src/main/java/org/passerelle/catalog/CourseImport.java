package org.passerelle.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.passerelle.shared.TemporaryFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports the {@code courses/} folder: every course folder is validated completely first; then the valid
 * ones are written in one transaction. Unchanged content writes nothing; changed content becomes a new
 * version and earlier versions stay. A folder with problems never replaces its published version.
 */
@Service
public class CourseImport {

    private static final Logger log = LoggerFactory.getLogger(CourseImport.class);

    private final Courses courses;
    private final CourseVersions versions;
    private final MediaBlobs blobs;
    private final JsonMapper json;
    private final Clock clock;
    private final Path folder;
    private final TemporaryFolder temporary;
    private final TransactionTemplate transactions;

    CourseImport(
            Courses courses,
            CourseVersions versions,
            MediaBlobs blobs,
            JsonMapper json,
            Clock clock,
            @Value("${passerelle.courses.folder:courses}") String folder,
            TemporaryFolder temporary,
            PlatformTransactionManager transactionManager) {
        this.courses = courses;
        this.versions = versions;
        this.blobs = blobs;
        this.json = json;
        this.clock = clock;
        this.folder = Path.of(folder);
        this.temporary = temporary;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Told after each course folder how many of how many are done, for a progress bar. */
    @FunctionalInterface
    public interface Progress {
        void done(int folders, int of);
    }

    /** The administrator's "Reload courses". */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ImportReport reload() {
        return importFolder(folder, (done, of) -> {});
    }

    /** The administrator's "Reload courses", telling its progress. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ImportReport reload(Progress progress) {
        return importFolder(folder, progress);
    }

    /**
     * Reads and imports every course folder of the courses folder; also used at start-up, where nobody is signed
     * in, and by tests with a folder of their own.
     */
    @Transactional
    ImportReport importFolder(Path folder, Progress progress) {
        long started = System.nanoTime();
        List<ImportReport.Outcome> outcomes = new ArrayList<>();
        List<String> folders = courseFolders(folder);
        for (String name : folders) {
            progress.done(outcomes.size(), folders.size());
            outcomes.add(importOne(folder, name, false));
        }
        progress.done(folders.size(), folders.size());
        log.info(
                "Imported {} course folder(s) from {} in {} ms: {}",
                outcomes.size(),
                folder,
                (System.nanoTime() - started) / 1_000_000,
                outcomes.stream()
                        .map(o -> o.courseId() + " " + o.status() + " v" + o.version())
                        .toList());
        return new ImportReport(outcomes);
    }

    /** Publishes a folder written from a draft of the editor: the same checks and versions as any import. */
    ImportReport.Outcome importFrom(Path parent, String name) {
        return importOne(parent, name, true);
    }

    /**
     * Imports one course folder found in a parent folder: unchanged, a new version, or rejected with reasons.
     *
     * @param republish whether content equal to an earlier version makes that version current again (a zip or a
     *     draft sent on purpose); the courses folder read at each start never takes a course back to an earlier
     *     version, e.g. after a newer one was published in the editor
     */
    private ImportReport.Outcome importOne(Path parent, String name, boolean republish) {
        String hash = ContentHash.of(parent.resolve(name));
        Optional<CourseVersion> current = versions.currentVersionOf(name);
        if (current.isPresent() && current.get().contentHash().equals(hash)) {
            // The very files of a version that was validated when it was stored: nothing to read again.
            if (current.get().sources().isEmpty()) {
                current.get().keepSources(sources(parent.resolve(name)));
            }
            return new ImportReport.Outcome(
                    name, ImportReport.Status.UNCHANGED, current.get().number(), List.of());
        }
        CourseReading reading = CourseFiles.read(parent, name);
        if (!reading.ok()) {
            reading.problems().forEach(problem -> log.warn("Course not imported: {}", problem));
            return new ImportReport.Outcome(
                    name,
                    ImportReport.Status.REJECTED,
                    current.map(CourseVersion::number).orElse(0),
                    reading.problems());
        }
        return store(parent, name, reading, hash, republish);
    }

    /**
     * Imports a course sent as a zip of its folder (as {@link CourseExport} makes them): the same checks and
     * versions as a folder placed in the courses folder.
     *
     * @throws Refused when the zip is not one course folder, is unsafe to unpack or unpacks to more
     *     than a course may have; its key says why, for the person who sent it
     */
    @PreAuthorize("hasRole('ADMIN')")
    public ImportReport importZip(byte[] zip) {
        return importZip(new ByteArrayInputStream(zip));
    }

    /**
     * {@link #importZip(byte[])} reading the zip from a stream. It is unpacked into the temporary folder before
     * the import's transaction starts, and that folder is deleted whatever happens.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public ImportReport importZip(InputStream zip) {
        Path unpacked = CourseZip.unpack(zip, temporary.path());
        try {
            String name;
            try (Stream<Path> children = Files.list(unpacked)) {
                name = children.findFirst().orElseThrow().getFileName().toString();
            }
            return transactions.execute(status -> new ImportReport(List.of(importOne(unpacked, name, true))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            TemporaryFolder.delete(unpacked);
        }
    }

    private ImportReport.Outcome store(
            Path parent, String name, CourseReading reading, String hash, boolean republish) {
        CourseContent content = reading.course();
        Course course = courses.findById(name).orElse(null);
        boolean created = course == null;
        if (created) {
            course = courses.save(new Course(name, clock.instant()));
        }
        var existing = versions.findByCourseIdAndContentHash(name, hash);
        if (existing.isPresent()) {
            CourseVersion version = existing.get();
            if (!republish
                    && current(name).filter(c -> c.number() > version.number()).isPresent()) {
                int currentNumber = current(name).orElseThrow().number();
                log.info(
                        "Course folder {} holds version {}; version {} stays current",
                        name,
                        version.number(),
                        currentNumber);
                return new ImportReport.Outcome(name, ImportReport.Status.UNCHANGED, currentNumber, List.of());
            }
            if (!version.id().equals(course.currentVersion())) {
                course.publish(version.id(), clock.instant());
                return new ImportReport.Outcome(name, ImportReport.Status.NEW_VERSION, version.number(), List.of());
            }
            return new ImportReport.Outcome(name, ImportReport.Status.UNCHANGED, version.number(), List.of());
        }
        int number = versions.lastNumber(name) + 1;
        CourseVersion version = versions.save(new CourseVersion(
                name, number, hash, clock.instant(), content, json.writeValueAsString(content), media(reading)));
        version.keepSources(sources(parent.resolve(name)));
        course.publish(version.id(), clock.instant());
        return new ImportReport.Outcome(
                name, created ? ImportReport.Status.CREATED : ImportReport.Status.NEW_VERSION, number, List.of());
    }

    /** Stores the bytes of each file learners may be served, once per content; returns path → SHA-256. */
    private Map<String, String> media(CourseReading reading) {
        Map<String, Path> files = new TreeMap<>();
        Map<String, String> types = new HashMap<>();
        reading.attachments().forEach((path, attachment) -> {
            files.put(path, attachment.file());
            types.put(path, attachment.contentType());
        });
        return storeOnce(files, (path, bytes) -> types.get(path));
    }

    /** Stores every file of a course folder (as ContentHash counts them), once per content: path → SHA-256. */
    private Map<String, String> sources(Path course) {
        Map<String, Path> files = new TreeMap<>();
        for (Path file : ContentHash.files(course)) {
            files.put(course.relativize(file).toString().replace('\\', '/'), file);
        }
        return storeOnce(
                files,
                (path, bytes) ->
                        FileType.of(bytes).map(type -> type.contentType).orElse("application/octet-stream"));
    }

    /**
     * Reads files and stores the contents not stored yet, asking the database once which are (a course folder's
     * files are mostly unchanged from its previous version): path → SHA-256.
     */
    private Map<String, String> storeOnce(Map<String, Path> files, BiFunction<String, byte[], String> type) {
        Map<String, String> hashes = new TreeMap<>();
        Map<String, byte[]> contents = new HashMap<>();
        files.forEach((path, file) -> {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String sha256 = ContentHash.sha256(bytes);
            hashes.put(path, sha256);
            contents.putIfAbsent(sha256, bytes);
        });
        if (contents.isEmpty()) {
            return hashes;
        }
        Set<String> stored = blobs.stored(contents.keySet());
        Map<String, String> pathOf = new HashMap<>();
        hashes.forEach((path, sha256) -> pathOf.putIfAbsent(sha256, path));
        contents.forEach((sha256, bytes) -> {
            if (!stored.contains(sha256)) {
                blobs.save(new MediaBlob(sha256, type.apply(pathOf.get(sha256), bytes), bytes));
            }
        });
        return hashes;
    }

    private Optional<CourseVersion> current(String name) {
        return versions.currentVersionOf(name);
    }

    /** The configured courses folder. */
    Path folder() {
        return folder;
    }

    private static List<String> courseFolders(Path folder) {
        if (!Files.isDirectory(folder)) {
            log.info("No courses folder at {}: no course imported", folder.toAbsolutePath());
            return List.of();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isDirectory)
                    .map(path -> path.getFileName().toString())
                    .filter(name -> !name.startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
