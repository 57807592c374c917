package org.passerelle.catalog.ui.edit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import org.passerelle.shared.ui.LanguageParameter;
import org.springframework.modulith.NamedInterface;

/**
 * Addresses of the course editor's pages, made by Vaadin from the views and their route parameters, so that a
 * renamed route or parameter changes every link to it. Relative, like every link here, to the page's base.
 */
@NamedInterface("pages")
public final class EditorLinks {

    private EditorLinks() {}

    /** The editor of a course's draft. */
    public static String course(String courseId) {
        return RouteConfiguration.forApplicationScope().getUrl(CourseEditorView.class, ofCourse(courseId));
    }

    /** The editor of a lesson's text, in the course's language unless {@link LanguageParameter} names another. */
    static String lesson(String courseId, String module, String lesson) {
        RouteParameters parameters = new RouteParameters(
                new RouteParam("courseId", courseId),
                new RouteParam("module", module),
                new RouteParam("lesson", lesson));
        return RouteConfiguration.forApplicationScope().getUrl(LessonEditorView.class, parameters);
    }

    /** The editor of a module's quiz. */
    static String quiz(String courseId, String module) {
        RouteParameters parameters =
                new RouteParameters(new RouteParam("courseId", courseId), new RouteParam("module", module));
        return RouteConfiguration.forApplicationScope().getUrl(QuizEditorView.class, parameters);
    }

    /** Opens the editor of a course's draft. */
    static void openCourse(String courseId) {
        UI.getCurrent().navigate(CourseEditorView.class, ofCourse(courseId));
    }

    static RouteParameters ofCourse(String courseId) {
        return new RouteParameters("courseId", courseId);
    }
}
