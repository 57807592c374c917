package org.passerelle.catalog;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A course's current version as a zip of its folder in the {@code courses/} format — the very files it was
 * imported from — which {@link CourseImport#importZip} (or placing it in {@code courses/}) turns back into the
 * same course.
 */
@Service
public class CourseExport {

    private final CourseVersions versions;
    private final MediaBlobs blobs;

    CourseExport(CourseVersions versions, MediaBlobs blobs) {
        this.versions = versions;
        this.blobs = blobs;
    }

    /** The zip, or empty when the course has no published version (or its files were never kept). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<byte[]> zip(String courseId) {
        return versions.currentVersionOf(courseId)
                .filter(version -> !version.sources().isEmpty())
                .map(version -> {
                    Map<String, byte[]> files = new TreeMap<>();
                    version.sources()
                            .forEach((path, sha256) -> files.put(
                                    path, blobs.findById(sha256).orElseThrow().bytes()));
                    return CourseZip.pack(courseId, files);
                });
    }
}
