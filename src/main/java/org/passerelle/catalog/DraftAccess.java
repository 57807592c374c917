package org.passerelle.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.passerelle.identity.Role;
import org.passerelle.identity.SignedInUser;
import org.passerelle.shared.TemporaryFolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the editing services share: who may edit a course (its owners and co-authors, and administrators; everyone
 * else is told the course does not exist), its draft started when needed, and saving a file of it at a revision.
 */
@Component
class DraftAccess {

    /** The folder a draft is written into for checking and publishing, named as the courses folder. */
    static final String COURSES = "courses";

    private final DraftStore drafts;
    private final CourseAuthors authors;
    private final CourseVersions versions;
    private final MediaBlobs blobs;
    private final TemporaryFolder temporary;

    DraftAccess(
            DraftStore drafts,
            CourseAuthors authors,
            CourseVersions versions,
            MediaBlobs blobs,
            TemporaryFolder temporary) {
        this.drafts = drafts;
        this.authors = authors;
        this.versions = versions;
        this.blobs = blobs;
        this.temporary = temporary;
    }

    /** A module's texts and lists, with the revision of its module.yaml. */
    Revised<ModuleMeta> module(String courseId, String folder) {
        DraftStore.File file = moduleFile(courseId, folder);
        return new Revised<>(
                DraftFormat.readModule(folder, file.content(), course(courseId).defaultLanguage()), file.revision());
    }

    /** Administrators, owners and co-authors; everyone else is told the course does not exist. */
    void requireEditor(String courseId) {
        if (admin()) {
            return;
        }
        long me = SignedInUser.requireId();
        if (courseId == null || authors.roleOf(courseId, me).isEmpty()) {
            throw new AccessDeniedException("not an author of " + courseId);
        }
    }

    void requireDrafted(String courseId) {
        requireEditor(courseId);
        if (drafts.draft(courseId).isEmpty()) {
            throw new Refused("editor.refused.no-draft");
        }
    }

    void ensureDraft(String courseId) {
        if (drafts.draft(courseId).isPresent()) {
            return;
        }
        CourseVersion current =
                versions.currentVersionOf(courseId).orElseThrow(() -> new Refused("editor.refused.missing"));
        if (current.sources().isEmpty()) {
            throw new Refused("editor.refused.no-sources");
        }
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, byte[]> bytes = blobs.findAllById(current.sources().values()).stream()
                .collect(Collectors.toMap(MediaBlob::getId, MediaBlob::bytes, (a, b) -> a));
        current.sources().forEach((path, sha) -> files.put(path, bytes.get(sha)));
        drafts.create(courseId, current.id(), SignedInUser.requireId(), me(), files);
    }

    int put(String courseId, String path, byte[] content, int revision) {
        return put(courseId, path, content, revision, bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    /** Saves a file at a revision, or refuses with {@link Conflict}, showing their file as {@code shown} reads it. */
    int put(String courseId, String path, byte[] content, int revision, Function<byte[], String> shown) {
        Optional<Integer> saved = drafts.put(courseId, path, content, revision, me());
        if (saved.isPresent()) {
            return saved.get();
        }
        Optional<DraftStore.File> theirs = drafts.file(courseId, path);
        throw new Conflict(
                theirs.map(DraftStore.File::updatedBy).orElse(""),
                theirs.map(DraftStore.File::updatedAt).orElse(null),
                theirs.map(DraftStore.File::revision).orElse(0),
                theirs.map(f -> shown.apply(f.content())).orElse(""));
    }

    CourseMeta course(String courseId) {
        return DraftFormat.readCourse(
                courseId,
                drafts.file(courseId, DraftFormat.COURSE).orElseThrow().content());
    }

    void writeCourse(String courseId, CourseMeta meta) {
        drafts.overwrite(courseId, DraftFormat.COURSE, DraftFormat.write(meta), me());
    }

    void writeModule(String courseId, ModuleMeta module) {
        drafts.overwrite(courseId, module.folder() + "/" + DraftFormat.MODULE, DraftFormat.write(module), me());
    }

    DraftStore.File moduleFile(String courseId, String folder) {
        if (folder == null
                || !CourseFiles.NAME.matcher(folder).matches()
                || !course(courseId).modules().contains(folder)) {
            throw new Refused("editor.refused.missing");
        }
        return drafts.file(courseId, folder + "/" + DraftFormat.MODULE)
                .orElseThrow(() -> new Refused("editor.refused.missing"));
    }

    void requireLesson(String courseId, String folder, String lesson) {
        requireDrafted(courseId);
        if (!module(courseId, folder).value().lessons().contains(lesson)) {
            throw new Refused("editor.refused.missing");
        }
    }

    /**
     * Writes the draft's files into a new temporary folder, {@code <temp>/courses/<courseId>/...}, so that problems
     * name their files as for a folder in {@code courses/} (e.g. {@code courses/<id>/course.yaml}), not the
     * temporary folder's random name. The caller deletes it; if writing fails, nothing is left.
     */
    Path materialise(String courseId) {
        Path root = temporary.newFolder("passerelle-draft");
        try {
            Path folder = Files.createDirectories(root.resolve(COURSES).resolve(courseId))
                    .normalize();
            for (DraftStore.File file : drafts.files(courseId).values()) {
                Path target = folder.resolve(file.path()).normalize();
                if (!target.startsWith(folder)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.write(target, file.content());
            }
            return root;
        } catch (IOException e) {
            TemporaryFolder.delete(root);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            TemporaryFolder.delete(root);
            throw e;
        }
    }

    static boolean admin() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
    }

    static String me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "" : authentication.getName();
    }
}
