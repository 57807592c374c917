package org.passerelle.catalog.ui.edit;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
 * Its value is the lesson's media as the lesson's front matter names them (kind → path or address), so that a
 * form tells a changed file from an unchanged one as it does any other field.
 */
class LessonMedia extends AbstractCompositeField<Div, LessonMedia, Map<String, String>> {

    private static final List<String> KINDS = List.of("slides", "transcript", "audio", "image");
    private static final List<String> FILES = List.of("slides", "transcript", "audio");

    private final LessonFiles lessonFiles;
    private final String courseId;
    private final String module;
    private final Supplier<String> text;
    private final UnorderedList files = new UnorderedList();
    private final TextField video = new TextField();
    private final Paragraph total = new Paragraph();
    private Map<String, Long> sizes = Map.of();

    /**
     * @param text the lesson's Markdown as typed now, whose images count in the total
     * @param imageAdded told the path of an image uploaded for the text
     */
    LessonMedia(
            LessonFiles lessonFiles,
            String courseId,
            String module,
            Supplier<String> text,
            Consumer<String> imageAdded) {
        super(Map.of());
        this.text = text;
        this.lessonFiles = lessonFiles;
        this.courseId = courseId;
        this.module = module;
        getContent().setId("lesson-media-editor");
        getContent().addClassName("lesson-media-editor");
        files.setId("lesson-files");
        total.setId("lesson-media-size");
        video.setLabel(getTranslation("editor.media.video"));
        video.setHelperText(getTranslation("editor.media.video-help"));
        video.setId("lesson-video");
        video.setWidthFull();
        video.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                changed(
                        "video",
                        change.getValue().isBlank() ? null : change.getValue().strip());
            }
        });
        Select<String> kind = new Select<>();
        kind.setLabel(getTranslation("editor.media.kind"));
        kind.setId("media-kind");
        kind.setItems(KINDS);
        kind.setItemLabelGenerator(value -> getTranslation(label(value)));
        kind.setValue("slides");
        Note problem = new Note(EditorIds.MEDIA_PROBLEM);
        Upload upload = LimitedUpload.inMemory(
                        ContentLimits.MAX_FILE_BYTES,
                        (name, bytes) -> {
                            problem.clear();
                            try {
                                String path = lessonFiles.addMedia(courseId, module, kind.getValue(), name, bytes);
                                if (kind.getValue().equals("image")) {
                                    imageAdded.accept(path);
                                    show();
                                } else {
                                    changed(kind.getValue(), path);
                                }
                            } catch (Refused refused) {
                                problem.sayError(getTranslation(refused.key(), refused.arguments()));
                            }
                        },
                        () -> problem.sayError(UploadTexts.tooLarge(this, ContentLimits.MAX_FILE_BYTES)))
                .applyTo(new Upload());
        upload.setId(EditorIds.MEDIA_UPLOAD);
        // The list empties once the browser is done, or the next file (a transcript after the slides) would be
        // refused as "only one file at a time"; what happened to the file is said beside it.
        upload.addAllFinishedListener(finished -> upload.clearFileList());
        upload.setI18n(UploadTexts.of(this, ContentLimits.MAX_FILE_BYTES, null));
        getContent().add(new H2(getTranslation("editor.media")), files, total, video, kind, upload, problem);
        show();
    }

    @Override
    protected void setPresentationValue(Map<String, String> media) {
        video.setValue(media.getOrDefault("video", ""));
        show();
    }

    /** The author changed one kind of media (null: removed it). */
    private void changed(String kind, String reference) {
        Map<String, String> media = new LinkedHashMap<>(getValue());
        if (reference == null) {
            media.remove(kind);
        } else {
            media.put(kind, reference);
        }
        setModelValue(media, true);
        show();
    }

    private void show() {
        files.removeAll();
        sizes = lessonFiles.fileSizes(courseId);
        Map<String, String> media = getValue();
        for (String kind : FILES) {
            String reference = media.get(kind);
            if (reference == null) {
                continue;
            }
            String path = MediaAddresses.inCourse(module, reference);
            long size = path == null ? 0L : sizes.getOrDefault(path, 0L);
            Button remove = new Button(getTranslation("editor.remove"), event -> changed(kind, null));
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            ListItem item = new ListItem(
                    new Span(getTranslation(
                            "editor.media.file", getTranslation(label(kind)), reference, Sizes.of(size, getLocale()))),
                    remove);
            item.setId(EditorIds.lessonFile(kind));
            files.add(item);
        }
        showTotal();
    }

    /** What a learner may download for this lesson: its files and the images its text shows. */
    void showTotal() {
        Set<String> paths = new TreeSet<>();
        Map<String, String> media = getValue();
        for (String kind : FILES) {
            if (media.containsKey(kind)) {
                Optional.ofNullable(MediaAddresses.inCourse(module, media.get(kind)))
                        .ifPresent(paths::add);
            }
        }
        for (SafeMarkdown.Reference reference : SafeMarkdown.relativeReferences(text.get())) {
            Optional.ofNullable(MediaAddresses.inCourse(module, reference.path()))
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
