package org.passerelle.catalog.ui.edit;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.passerelle.catalog.ContentLimits;
import org.passerelle.catalog.DraftAddresses;
import org.passerelle.catalog.LessonContent.LessonText;
import org.passerelle.catalog.LessonFiles;
import org.passerelle.catalog.SafeMarkdown;
import org.passerelle.shared.Language;
import org.passerelle.shared.ui.WrittenIn;

/**
 * A lesson's text in one language as its author edits it: title, reading time, Markdown with a live preview beside
 * it (rendered and sanitised exactly as learners get it), and its files and video. It knows whether anything was
 * changed since the text was read or saved.
 */
class LessonForm extends Div {

    private final Binder<LessonText> binder = new Binder<>(LessonText.class);
    private final String courseId;
    private final String module;
    private final TextArea markdown = new TextArea();
    private final Div preview = new Div();
    private LessonText read;

    LessonForm(LessonFiles files, String courseId, String module, Language language) {
        this.courseId = courseId;
        this.module = module;
        addClassName("editor-split");
        TextField title = new TextField(getTranslation("editor.field.title"));
        title.setId(EditorIds.LESSON_TITLE);
        title.setMaxLength(200);
        title.setWidthFull();
        IntegerField minutes = new IntegerField(getTranslation("editor.field.minutes"));
        minutes.setId(EditorIds.LESSON_MINUTES);
        markdown.setLabel(getTranslation("editor.field.markdown"));
        markdown.setHelperText(getTranslation("editor.field.markdown-help"));
        markdown.setId(EditorIds.LESSON_MARKDOWN);
        markdown.setValueChangeMode(ValueChangeMode.TIMEOUT);
        markdown.setValueChangeTimeout(300);
        markdown.addClassName("markdown-source");
        markdown.setMaxHeight("75vh");
        WrittenIn.field(markdown, language);
        WrittenIn.field(title, language);
        LessonMedia media = new LessonMedia(files, courseId, module, markdown::getValue, this::insertImage);
        markdown.addValueChangeListener(change -> {
            render();
            media.showTotal();
        });
        preview.setId(EditorIds.LESSON_PREVIEW);
        preview.addClassNames("lesson-text", "editor-preview");
        WrittenIn.language(preview, language);
        preview.getElement().setAttribute("role", "region");
        preview.getElement().setAttribute("aria-label", getTranslation("editor.lesson.preview"));
        // On a wide screen the preview scrolls on its own: a keyboard must be able to reach it to scroll it.
        preview.getElement().setAttribute("tabindex", "0");

        String badMinutes = getTranslation(
                "editor.refused.minutes", ContentLimits.LESSON_MINUTES.min(), ContentLimits.LESSON_MINUTES.max());
        binder.forField(title).withConverter(String::strip, typed -> typed).bind("title");
        NumberFields.within(binder, minutes, ContentLimits.LESSON_MINUTES, badMinutes)
                .bind("minutes");
        binder.forField(media)
                .withValidator(LessonForm::videoIsAnAddress, getTranslation("editor.refused.video"))
                .bind("media");
        binder.forField(markdown).bind("markdown");
        Div source = new Div(title, minutes, markdown, media);
        source.addClassName("editor-source");
        add(source, preview);
    }

    /** Shows a text as saved in the draft. */
    void read(LessonText text) {
        read = text;
        binder.readRecord(text);
        render();
    }

    /** The text as typed, or empty after marking what is wrong and telling it. */
    Optional<LessonText> written(Consumer<String> wrong) {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException e) {
            e.getValidationErrors().stream()
                    .filter(ValidationResult::isError)
                    .map(ValidationResult::getErrorMessage)
                    .findFirst()
                    .ifPresent(wrong);
            return Optional.empty();
        }
    }

    /** Whether the author changed anything since the text was read or saved. */
    boolean hasChanges() {
        return binder.hasChanges();
    }

    /** The text is now the draft's: changes are counted from it. */
    void saved(LessonText text) {
        read(text);
    }

    /** Forgets what was typed, e.g. when leaving without saving. */
    void discard() {
        read(read);
    }

    private void render() {
        preview.getElement()
                .setProperty(
                        "innerHTML",
                        SafeMarkdown.toHtml(
                                markdown.getValue(), reference -> DraftAddresses.url(courseId, module, reference)));
    }

    private void insertImage(String reference) {
        String text = markdown.getValue().stripTrailing();
        markdown.setValue(text + (text.isEmpty() ? "" : "\n\n") + "![" + getTranslation("editor.media.image-alt") + "]("
                + reference + ")\n");
    }

    private static boolean videoIsAnAddress(Map<String, String> media) {
        String video = media.get("video");
        return video == null || video.startsWith("https://") || video.startsWith("http://");
    }
}
