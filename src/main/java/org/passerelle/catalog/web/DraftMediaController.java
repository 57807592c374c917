package org.passerelle.catalog.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.passerelle.catalog.DraftAddresses;
import org.passerelle.catalog.DraftMedia;
import org.passerelle.catalog.LessonFiles;
import org.passerelle.catalog.Refused;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the files of a draft to its editors for previews: the same types and dispositions as the files of
 * published versions, never cached (a draft changes), and a plain 404 for anything missing or not theirs, so
 * that nobody learns which drafts exist.
 */
@RestController
class DraftMediaController {

    private final LessonFiles editing;

    DraftMediaController(LessonFiles editing) {
        this.editing = editing;
    }

    @GetMapping(DraftAddresses.PATH + "{courseId}/{*path}")
    ResponseEntity<Resource> file(@PathVariable String courseId, @PathVariable String path) {
        String inCourse = path.startsWith("/") ? path.substring(1) : path;
        Optional<DraftMedia> found;
        try {
            found = editing.media(courseId, inCourse);
        } catch (AccessDeniedException | Refused e) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            return ResponseEntity.notFound()
                    .cacheControl(CacheControl.noStore())
                    .build();
        }
        DraftMedia file = found.get();
        String name = inCourse.substring(inCourse.lastIndexOf('/') + 1);
        boolean download = file.contentType().equals(MediaType.APPLICATION_PDF_VALUE);
        ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(name, StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(new ByteArrayResource(file.bytes()));
    }
}
