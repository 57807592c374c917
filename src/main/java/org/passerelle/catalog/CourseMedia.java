package org.passerelle.catalog;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files of a course version that learners are served: images, slides, transcripts, audio. Only files a
 * lesson referred to when the version was imported exist here, so nothing else of a course folder, or
 * outside it, can ever be reached.
 */
@Service
public class CourseMedia {

    private final MediaBlobs blobs;

    CourseMedia(MediaBlobs blobs) {
        this.blobs = blobs;
    }

    /** What a file is: its identity (the SHA-256 of its bytes), its content type and size. */
    public record MediaFile(String sha256, String contentType, long size) {}

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<MediaFile> describe(String courseId, int version, String path) {
        return blobs.describe(courseId, version, path)
                .map(found -> new MediaFile(found.getSha256(), found.getContentType(), found.getSize()));
    }

    /** What the files at these paths of a version are (type and size), by path; unknown paths are left out. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<String, MediaFile> describe(long versionId, Collection<String> paths) {
        if (paths.isEmpty()) {
            return Map.of();
        }
        Map<String, MediaFile> files = new HashMap<>();
        blobs.list(versionId, paths)
                .forEach(file -> files.put(
                        file.getPath(), new MediaFile(file.getSha256(), file.getContentType(), file.getSize())));
        return files;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] bytes(MediaFile file) {
        return blobs.findById(file.sha256()).orElseThrow().bytes();
    }
}
