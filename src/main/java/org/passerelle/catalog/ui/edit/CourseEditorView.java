package org.passerelle.catalog.ui.edit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.passerelle.catalog.CourseAuthorship;
import org.passerelle.catalog.CourseDrafts;
import org.passerelle.catalog.CourseMeta;
import org.passerelle.catalog.CoursePublishing;
import org.passerelle.catalog.DraftLessons;
import org.passerelle.catalog.DraftModules;
import org.passerelle.catalog.Outline;
import org.passerelle.catalog.Refused;
import org.passerelle.shared.Language;
import org.passerelle.shared.ui.Note;
import org.passerelle.shared.ui.UiLanguage;
import org.springframework.security.access.AccessDeniedException;

/**
 * The course editor: the course's settings and texts per language, its modules and lessons with the languages each
 * is complete in, the translation coverage, and check, preview, publish, zip and discard. Everything edits the
 * course's draft; learners see nothing until it is published.
 */
@Route("author/:courseId")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class CourseEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseDrafts drafts;
    private final DraftModules modules;
    private final DraftLessons lessons;
    private final CoursePublishing publishing;
    private final CourseAuthorship authorship;
    private String courseId;
    private String title = "";
    private CourseSettingsForm settings;

    public CourseEditorView(
            CourseDrafts drafts,
            DraftModules modules,
            DraftLessons lessons,
            CoursePublishing publishing,
            CourseAuthorship authorship) {
        this.drafts = drafts;
        this.modules = modules;
        this.lessons = lessons;
        this.publishing = publishing;
        this.authorship = authorship;
        setId(EditorIds.COURSE_EDITOR);
        addClassName("page");
        addClassName("editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().get("courseId").orElse("");
        settings = null;
        try {
            show(drafts.outline(courseId));
        } catch (AccessDeniedException | Refused e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Shows the draft as it is now. */
    void refresh() {
        show(drafts.outline(courseId));
    }

    /** Shows the draft as it is now, with a notice of what just happened. */
    void refresh(String notice) {
        refresh();
        Note shown = Note.success(notice);
        shown.setId(EditorIds.EDITOR_NOTICE);
        addComponentAtIndex(2, shown);
    }

    private void show(Outline outline) {
        removeAll();
        Language reader = UiLanguage.current(UI.getCurrent());
        CourseMeta meta = outline.meta();
        title = meta.title().getOrDefault(reader, meta.title().getOrDefault(meta.defaultLanguage(), courseId));
        Anchor back = new Anchor(
                RouteConfiguration.forApplicationScope().getUrl(MyCoursesView.class),
                getTranslation("home.instructor.title"));
        back.getElement().setAttribute("router-link", true);
        Paragraph trail = new Paragraph(back);
        trail.addClassName("trail");
        H1 heading = new H1(title);
        heading.setId("editor-title");
        add(trail, heading, status(outline), coverage(outline.coverage()));
        add(new PublishPanel(drafts, publishing, courseId, this::refresh));
        // Kept across redraws: texts typed in the settings and not saved yet survive a move or an added lesson.
        if (settings == null) {
            settings = new CourseSettingsForm(drafts, courseId, this::refresh);
        }
        add(settings);
        add(new ModulesPanel(modules, lessons, courseId, outline, reader, this::refresh));
        add(new AuthorsPanel(authorship, courseId));
    }

    private Paragraph status(Outline outline) {
        String published = outline.publishedVersion() == 0
                ? getTranslation("editor.status.unpublished")
                : getTranslation("editor.status.published", outline.publishedVersion());
        String changes =
                getTranslation(outline.unpublishedChanges() ? "editor.status.changes" : "editor.status.no-changes");
        Paragraph status = new Paragraph(published + " · " + changes);
        if (outline.baseVersion() > 0 && outline.baseVersion() != outline.publishedVersion()) {
            status.add(
                    " · " + getTranslation("editor.status.stale", outline.baseVersion(), outline.publishedVersion()));
        }
        status.setId(EditorIds.EDITOR_STATUS);
        status.addClassName("editor-status");
        return status;
    }

    private Div coverage(Map<Language, Integer> coverage) {
        UnorderedList list = new UnorderedList();
        list.addClassName("coverage");
        coverage.forEach((language, percent) -> {
            ListItem item = new ListItem(getTranslation("editor.coverage.language", language.nativeName(), percent));
            item.setId(EditorIds.coverage(language));
            item.addClassName(percent == 100 ? "complete" : "incomplete");
            list.add(item);
        });
        Div div = new Div(new Paragraph(getTranslation("editor.coverage")), list);
        div.setId(EditorIds.COVERAGE);
        return div;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.title", title);
    }
}
