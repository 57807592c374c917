package org.passerelle.catalog.ui.edit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.passerelle.catalog.ContentLimits;
import org.passerelle.catalog.LessonFiles;
import org.passerelle.catalog.MediaAddresses;
import org.passerelle.catalog.Refused;
import org.passerelle.catalog.SafeMarkdown;
import org.passerelle.shared.ui.LimitedUpload;
import org.passerelle.shared.ui.Note;
import org.passerelle.shared.ui.Sizes;
import org.passerelle.shared.ui.UploadTexts;

/**
 * A lesson's files (slides, transcript, audio), its video address and images for its text. Files are checked by
 * their bytes when uploaded; the total a learner may download for the lesson is shown so authors keep it light.
 */
class LessonMedia extends Div {

    private static final List<String> KINDS = List.of("slides", "transcript", "audio", "image");

    private final LessonFiles lessonFiles;
    private final String courseId;
    private final String module;
    private final Map<String, String> media;
    private final Runnable changed;
    private final UnorderedList files = new UnorderedList();
    private final TextField video = new TextField();
    private final Paragraph total = new Paragraph();
    private final Supplier<String> text;
    private Map<String, Long> sizes = Map.of();

    LessonMedia(
            LessonFiles lessonFiles,
            String courseId,
            String module,
            Map<String, String> media,
            Supplier<String> text,
            Consumer<String> imageAdded,
            Runnable changed) {
        this.text = text;
        this.lessonFiles = lessonFiles;
        this.courseId = courseId;
        this.module = module;
        this.media = new LinkedHashMap<>(media);
        this.changed = changed;
        setId("lesson-media-editor");
        addClassName("lesson-media-editor");
        files.setId("lesson-files");
        total.setId("lesson-media-size");
        video.setLabel(getTranslation("editor.media.video"));
        video.setHelperText(getTranslation("editor.media.video-help"));
        video.setId("lesson-video");
        video.setValue(media.getOrDefault("video", ""));
        video.setWidthFull();
        video.addValueChangeListener(change -> {
            if (change.getValue().isBlank()) {
                this.media.remove("video");
            } else {
                this.media.put("video", change.getValue().strip());
            }
            changed.run();
        });
        Select<String> kind = new Select<>();
        kind.setLabel(getTranslation("editor.media.kind"));
        kind.setId("media-kind");
        kind.setItems(KINDS);
        kind.setItemLabelGenerator(value -> getTranslation(label(value)));
        kind.setValue("slides");
        Note problem = new Note("media-problem");
        Upload upload = LimitedUpload.inMemory(
                        ContentLimits.MAX_FILE_BYTES,
                        (name, bytes) -> {
                            problem.clear();
                            try {
                                String path = lessonFiles.addMedia(courseId, module, kind.getValue(), name, bytes);
                                if (kind.getValue().equals("image")) {
                                    imageAdded.accept(path);
                                } else {
                                    this.media.put(kind.getValue(), path);
                                    changed.run();
                                }
                                show();
                            } catch (Refused refused) {
                                problem.sayError(getTranslation(refused.key(), refused.arguments()));
                            }
                        },
                        () -> {
                            problem.sayError(UploadTexts.tooLarge(this, ContentLimits.MAX_FILE_BYTES));
                        })
                .applyTo(new Upload());
        upload.setId("media-upload");
        // The list empties once the browser is done, or the next file (a transcript after the slides) would be
        // refused as "only one file at a time"; what happened to the file is said beside it.
        upload.addAllFinishedListener(finished -> upload.clearFileList());
        upload.setI18n(UploadTexts.of(this, ContentLimits.MAX_FILE_BYTES, null));
        add(new H3(getTranslation("editor.media")), files, total, video, kind, upload, problem);
        show();
    }

    /** The lesson's media as the form holds it now. */
    Map<String, String> media() {
        return new LinkedHashMap<>(media);
    }

    private void show() {
        files.removeAll();
        sizes = lessonFiles.fileSizes(courseId);
        for (String kind : List.of("slides", "transcript", "audio")) {
            String reference = media.get(kind);
            if (reference == null) {
                continue;
            }
            String path = MediaAddresses.inCourse(module, reference);
            long size = path == null ? 0L : sizes.getOrDefault(path, 0L);
            Button remove = new Button(getTranslation("editor.remove"), event -> {
                media.remove(kind);
                changed.run();
                show();
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            ListItem item = new ListItem(
                    new com.vaadin.flow.component.html.Span(getTranslation(
                            "editor.media.file", getTranslation(label(kind)), reference, Sizes.of(size, getLocale()))),
                    remove);
            item.setId("lesson-file-" + kind);
            files.add(item);
        }
        showTotal();
    }

    /** What a learner may download for this lesson: its files and the images its text shows. */
    void showTotal() {
        java.util.Set<String> paths = new java.util.TreeSet<>();
        for (String kind : List.of("slides", "transcript", "audio")) {
            if (media.containsKey(kind)) {
                java.util.Optional.ofNullable(MediaAddresses.inCourse(module, media.get(kind)))
                        .ifPresent(paths::add);
            }
        }
        for (SafeMarkdown.Reference reference : SafeMarkdown.relativeReferences(text.get())) {
            java.util.Optional.ofNullable(MediaAddresses.inCourse(module, reference.path()))
                    .ifPresent(paths::add);
        }
        long bytes =
                paths.stream().mapToLong(path -> sizes.getOrDefault(path, 0L)).sum();
        total.setText(
                bytes == 0
                        ? getTranslation("editor.media.total-none")
                        : getTranslation("editor.media.total", Sizes.of(bytes, getLocale())));
    }

    private static String label(String kind) {
        return switch (kind) {
            case "slides" -> "editor.media.slides";
            case "transcript" -> "editor.media.transcript";
            case "audio" -> "editor.media.audio";
            default -> "editor.media.image";
        };
    }
}
