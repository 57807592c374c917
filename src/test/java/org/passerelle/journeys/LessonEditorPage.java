package org.passerelle.journeys;

import static org.passerelle.catalog.ui.edit.EditorIds.CONFLICT_THEIRS;
import static org.passerelle.catalog.ui.edit.EditorIds.LESSON_EDITOR;
import static org.passerelle.catalog.ui.edit.EditorIds.LESSON_MARKDOWN;
import static org.passerelle.catalog.ui.edit.EditorIds.LESSON_MESSAGE;
import static org.passerelle.catalog.ui.edit.EditorIds.LESSON_MINUTES;
import static org.passerelle.catalog.ui.edit.EditorIds.LESSON_NOT_WRITTEN;
import static org.passerelle.catalog.ui.edit.EditorIds.LESSON_PREVIEW;
import static org.passerelle.catalog.ui.edit.EditorIds.LESSON_SAVE;
import static org.passerelle.catalog.ui.edit.EditorIds.LESSON_TITLE;
import static org.passerelle.catalog.ui.edit.EditorIds.MEDIA_PROBLEM;
import static org.passerelle.catalog.ui.edit.EditorIds.MEDIA_UPLOAD;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.WebElement;
import org.passerelle.catalog.ui.edit.EditorIds;
import org.passerelle.shared.Language;

/** A lesson's editor: title, reading time, Markdown with its live preview, media, languages, saving. */
final class LessonEditorPage extends Page {

    LessonEditorPage(BrowserJourney journey) {
        super(journey);
    }

    static String path(String course, String module, String lesson) {
        return "/author/" + course + "/lesson/" + module + "/" + lesson;
    }

    LessonEditorPage open(String path) {
        openAt(path, LESSON_MARKDOWN);
        return this;
    }

    LessonEditorPage shown() {
        ready(LESSON_MARKDOWN);
        return this;
    }

    /** Replaces the Markdown and waits until the live preview shows a text of it. */
    void write(String markdown, String shown) {
        WebElement area = input(LESSON_MARKDOWN);
        area.clear();
        area.sendKeys(markdown);
        until(d -> element(LESSON_PREVIEW).getText().contains(shown));
    }

    String markdown() {
        return value(LESSON_MARKDOWN);
    }

    /** The first element of the live preview that this CSS selector finds, e.g. "h2". */
    WebElement inPreview(String css) {
        return firstInside(LESSON_PREVIEW, css);
    }

    List<WebElement> allInPreview(String css) {
        return inside(LESSON_PREVIEW, css);
    }

    String previewLanguage() {
        return attribute(LESSON_PREVIEW, "lang");
    }

    void save() {
        click(LESSON_SAVE);
    }

    /** Opens the lesson's text in another language, not written yet. */
    void writeIn(Language language) {
        click(EditorIds.lessonLanguage(language));
        ready(LESSON_NOT_WRITTEN);
    }

    void title(String title) {
        type(LESSON_TITLE, title);
    }

    void minutes(String minutes) {
        type(LESSON_MINUTES, minutes);
    }

    boolean minutesRefused() {
        return invalid(LESSON_MINUTES);
    }

    /** What the sentences beside the Save button say. */
    List<String> messages() {
        return elements(LESSON_MESSAGE).stream().map(WebElement::getText).toList();
    }

    /** The text someone else saved meanwhile, shown beside a refused save. */
    String theirs() {
        return value(CONFLICT_THEIRS);
    }

    /** Follows the trail back to the course. */
    void leave() {
        firstInside(LESSON_EDITOR, ".trail a").click();
    }

    /** Waits for the media upload (without checking the page, which a long lesson's preview can fail). */
    LessonEditorPage mediaUploadShown() {
        until(d -> has(MEDIA_UPLOAD));
        return this;
    }

    void uploadMedia(Path file) {
        journey.upload(MEDIA_UPLOAD, file);
    }

    boolean mediaProblemShown() {
        return element(MEDIA_PROBLEM).isDisplayed();
    }

    String mediaProblem() {
        return text(MEDIA_PROBLEM);
    }

    boolean hasFile(String kind) {
        return has(EditorIds.lessonFile(kind));
    }
}
