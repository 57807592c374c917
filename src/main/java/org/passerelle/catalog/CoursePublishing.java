package org.passerelle.catalog;

import java.nio.file.Path;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.FileSystemUtils;

/**
 * Checking and publishing a course's draft. Both read the draft exactly as a folder placed in {@code courses/} is
 * read, with the importer's rules, problems and versions: publishing is importing the draft. Owners, co-authors and
 * administrators only.
 */
@Service
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
public class CoursePublishing {

    private final DraftStore drafts;
    private final DraftAccess access;
    private final CourseVersions versions;
    private final CourseImport importer;

    CoursePublishing(DraftStore drafts, DraftAccess access, CourseVersions versions, CourseImport importer) {
        this.drafts = drafts;
        this.access = access;
        this.versions = versions;
        this.importer = importer;
    }

    /**
     * The draft read with the importer's rules: the course exactly as it would be published, or every problem that
     * prevents publishing it, by file and line.
     */
    @Transactional(readOnly = true)
    public CourseReading check(String courseId) {
        access.requireDrafted(courseId);
        Path root = access.materialise(courseId);
        try {
            return CourseFiles.read(root.resolve(DraftAccess.COURSES), courseId);
        } finally {
            FileSystemUtils.deleteRecursively(root.toFile());
        }
    }

    /**
     * Publishes the draft as the course's next version after checking it with the importer's rules; a draft with a
     * problem publishes nothing. Learners already enrolled stay on the version they started; the draft stays, now
     * based on the new version.
     */
    @Transactional
    public ImportReport.Outcome publish(String courseId) {
        access.requireDrafted(courseId);
        drafts.lock(courseId);
        Path root = access.materialise(courseId);
        try {
            ImportReport.Outcome outcome = importer.importFrom(root.resolve(DraftAccess.COURSES), courseId);
            if (outcome.status() != ImportReport.Status.REJECTED) {
                versions.currentVersionOf(courseId).ifPresent(version -> drafts.rebase(courseId, version.id()));
            }
            return outcome;
        } finally {
            FileSystemUtils.deleteRecursively(root.toFile());
        }
    }
}
