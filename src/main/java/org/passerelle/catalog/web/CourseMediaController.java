package org.passerelle.catalog.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.passerelle.catalog.CourseMedia;
import org.passerelle.catalog.CourseMedia.MediaFile;
import org.passerelle.catalog.MediaAddresses;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Serves the files of course versions to signed-in users. A version never changes, so a file is cached by the
 * browser for a year and revalidated by its SHA-256; range requests let audio players seek.
 */
@RestController
class CourseMediaController {

    private final CourseMedia media;

    CourseMediaController(CourseMedia media) {
        this.media = media;
    }

    @GetMapping(MediaAddresses.PATH + "{courseId}/{version}/{*path}")
    @Nullable
    ResponseEntity<Resource> file(
            @PathVariable String courseId,
            @PathVariable String version,
            @PathVariable String path,
            WebRequest request) {
        if (!version.matches("[0-9]{1,9}")) {
            return ResponseEntity.notFound().build();
        }
        Optional<MediaFile> found = media.describe(courseId, Integer.parseInt(version), path.substring(1));
        if (found.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        MediaFile file = found.get();
        String etag = "\"" + file.sha256() + "\"";
        if (request.checkNotModified(etag)) {
            return null; // 304 Not Modified, already written, without reading the bytes
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        boolean download = file.contentType().equals(MediaType.APPLICATION_PDF_VALUE);
        ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(name, StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .eTag(etag)
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(new ByteArrayResource(media.bytes(file)));
    }
}
