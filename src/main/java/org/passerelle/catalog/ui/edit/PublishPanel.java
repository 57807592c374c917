package org.passerelle.catalog.ui.edit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Consumer;
import org.passerelle.catalog.CourseDrafts;
import org.passerelle.catalog.CoursePublishing;
import org.passerelle.catalog.CourseReading;
import org.passerelle.catalog.ImportReport;
import org.passerelle.catalog.Refused;
import org.passerelle.shared.FileProblem;
import org.passerelle.shared.PageAddresses;
import org.passerelle.shared.ui.Confirm;
import org.passerelle.shared.ui.Note;

/**
 * Preview, check and publish the draft (with the file importer's rules), download it as a course zip, or throw
 * it away. Problems are listed with their file and line, as the importer reports them.
 */
class PublishPanel extends Section {

    private final CourseDrafts drafts;
    private final CoursePublishing publishing;
    private final String courseId;
    private final Consumer<String> published;
    private final Div result = new Div();

    PublishPanel(CourseDrafts drafts, CoursePublishing publishing, String courseId, Consumer<String> published) {
        this.drafts = drafts;
        this.publishing = publishing;
        this.courseId = courseId;
        this.published = published;
        setId("publish-panel");
        addClassName("editor-actions");
        Anchor preview = new Anchor(PageAddresses.coursePreview(courseId), getTranslation("editor.preview"));
        preview.setId("preview-course");
        preview.getElement().setAttribute("router-link", true);
        Button check = new Button(getTranslation("editor.check"), event -> told(this::check));
        check.setId(EditorIds.CHECK_COURSE);
        Button publish = new Button(getTranslation("editor.publish"), event -> askPublish());
        publish.setId(EditorIds.PUBLISH_COURSE);
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        Anchor zip = new Anchor(
                DownloadHandler.fromInputStream(request -> {
                    byte[] bytes = drafts.zip(courseId);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), courseId + ".zip", "application/zip", bytes.length);
                }),
                getTranslation("editor.zip"));
        zip.setId("draft-zip");
        Button discard = new Button(getTranslation("editor.discard"), event -> askDiscard());
        discard.setId("discard-draft");
        discard.addThemeVariants(ButtonVariant.ERROR);
        result.setId("publish-result");
        result.getElement().setAttribute("aria-live", "polite");
        add(new Div(preview, check, publish, zip, discard), result);
    }

    /** Runs an action; a refusal (e.g. the draft was discarded by a co-author meanwhile) is told in the result. */
    private void told(Runnable action) {
        try {
            action.run();
        } catch (Refused refused) {
            result.removeAll();
            result.add(Note.error(getTranslation(refused.key(), refused.arguments())));
        }
    }

    private void check() {
        CourseReading reading = publishing.check(courseId);
        result.removeAll();
        if (reading.ok()) {
            result.add(new Paragraph(getTranslation(
                    "editor.check.ok",
                    reading.course().modules().size(),
                    reading.course().lessonCount())));
        } else {
            problems(reading.problems());
        }
    }

    private void askPublish() {
        Confirm.ask(
                getTranslation("editor.publish.confirm-title"),
                getTranslation("editor.publish.confirm-text"),
                getTranslation("editor.publish"),
                false,
                () -> told(this::publish));
    }

    private void publish() {
        ImportReport.Outcome outcome = publishing.publish(courseId);
        if (outcome.status() == ImportReport.Status.REJECTED) {
            result.removeAll();
            problems(outcome.problems());
            return;
        }
        String key =
                outcome.status() == ImportReport.Status.UNCHANGED ? "editor.publish.unchanged" : "editor.publish.done";
        published.accept(getTranslation(key, outcome.version()));
    }

    private void problems(List<FileProblem> problems) {
        result.add(new Paragraph(getTranslation("editor.check.problems", problems.size())));
        UnorderedList list = new UnorderedList();
        list.setId("publish-problems");
        list.addClassName("import-problems");
        problems.forEach(problem -> list.add(new ListItem(problem.toString())));
        result.add(list);
    }

    private void askDiscard() {
        Confirm.ask(
                getTranslation("editor.discard.confirm-title"),
                getTranslation("editor.discard.confirm-text"),
                getTranslation("editor.discard"),
                true,
                () -> told(() -> {
                    drafts.discard(courseId);
                    UI.getCurrent().navigate(MyCoursesView.class);
                }));
    }
}
