package org.passerelle.catalog;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files of a draft's lessons: slides, transcripts, audio and images, checked by their bytes when added, and
 * served back to the editors' previews. Owners, co-authors and administrators only.
 */
@Service
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
public class LessonFiles {

    private final DraftStore drafts;
    private final DraftAccess access;

    LessonFiles(DraftStore drafts, DraftAccess access) {
        this.drafts = drafts;
        this.access = access;
    }

    /**
     * Adds a file to a module's media folder after checking its bytes: slides must be a PDF, a transcript UTF-8
     * text, audio an audio file, an image PNG, JPEG, GIF or WebP, whatever the file's name says.
     *
     * @param kind slides, transcript, audio or image
     * @return the path to write in the lesson (relative to the module), e.g. {@code media/slides.en.pdf}
     * @throws Refused when the file is too large or its bytes are not of the kind
     */
    @Transactional
    public String addMedia(String courseId, String folder, String kind, String fileName, byte[] bytes) {
        access.requireDrafted(courseId);
        access.moduleFile(courseId, folder);
        FileType.Kind wanted = switch (kind) {
            case "slides" -> FileType.Kind.PDF;
            case "transcript" -> FileType.Kind.TEXT;
            case "audio" -> FileType.Kind.AUDIO;
            case "image" -> FileType.Kind.IMAGE;
            default -> throw new Refused("editor.refused.media-kind");
        };
        if (bytes.length == 0) {
            throw new Refused("editor.refused.media-empty");
        }
        if (bytes.length > ContentLimits.MAX_FILE_BYTES) {
            throw new Refused("editor.refused.media-size", ContentLimits.MAX_FILE_BYTES / (1024 * 1024));
        }
        Optional<FileType> type = FileType.of(bytes);
        if (type.isEmpty() || !wanted.accepts(type.get())) {
            if (FileType.looksLikeSvg(bytes)) {
                throw new Refused("editor.refused.media-svg");
            }
            throw new Refused(
                    switch (kind) {
                        case "slides" -> "editor.refused.media-type.slides";
                        case "transcript" -> "editor.refused.media-type.transcript";
                        case "audio" -> "editor.refused.media-type.audio";
                        default -> "editor.refused.media-type.image";
                    },
                    type.map(t -> t.contentType).orElse("?"));
        }
        String base = mediaName(fileName, type.get());
        String sha = ContentHash.sha256(bytes);
        Set<String> taken = new HashSet<>();
        for (DraftStore.Entry entry : drafts.entries(courseId)) {
            taken.add(entry.path());
        }
        String path = folder + "/media/" + base;
        int n = 2;
        while (taken.contains(path)) {
            DraftStore.File existing = drafts.file(courseId, path).orElseThrow();
            if (ContentHash.sha256(existing.content()).equals(sha)) {
                return "media/" + path.substring(path.lastIndexOf('/') + 1);
            }
            int dot = base.lastIndexOf('.');
            path = folder + "/media/" + base.substring(0, dot) + "-" + n++ + base.substring(dot);
        }
        drafts.put(courseId, path, bytes, Revised.NEW_FILE, DraftAccess.me());
        return "media/" + path.substring(path.lastIndexOf('/') + 1);
    }

    /** The size of every file of the draft: path inside the course folder → bytes. */
    @Transactional(readOnly = true)
    public Map<String, Long> fileSizes(String courseId) {
        access.requireDrafted(courseId);
        Map<String, Long> sizes = new TreeMap<>();
        drafts.entries(courseId).forEach(entry -> sizes.put(entry.path(), entry.size()));
        return sizes;
    }

    /** A file of the draft for the editor's previews: only images, PDFs, audio and text, judged by their bytes. */
    @Transactional(readOnly = true)
    public Optional<DraftMedia> media(String courseId, String path) {
        access.requireDrafted(courseId);
        if (path.endsWith(".gift") || path.endsWith(".yaml") || path.endsWith(".md")) {
            return Optional.empty();
        }
        return drafts.file(courseId, path)
                .flatMap(file ->
                        FileType.of(file.content()).map(type -> new DraftMedia(file.content(), type.contentType)));
    }

    private static String mediaName(String fileName, FileType type) {
        String name = fileName == null ? "" : fileName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        String stem = FolderNames.slug(dot > 0 ? name.substring(0, dot) : name, "file");
        String extension = switch (type) {
            case PNG -> "png";
            case JPEG -> "jpg";
            case GIF -> "gif";
            case WEBP -> "webp";
            case PDF -> "pdf";
            case MP3 -> "mp3";
            case OGG -> "ogg";
            case WAV -> "wav";
            case M4A -> "m4a";
            case WEBM -> "webm";
            case FLAC -> "flac";
            case TEXT -> "txt";
        };
        return stem + "." + extension;
    }
}
