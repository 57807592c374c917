package org.passerelle.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import org.passerelle.learning.StepRef;
import org.passerelle.shared.Language;
import org.passerelle.shared.ui.LanguageParameter;

/**
 * Addresses of a course's pages, the learner's and the author's preview of them, made by Vaadin from the views and
 * their route parameters, so that a renamed route or parameter changes every link to it. Both kinds of page name
 * their parameters alike ({@code courseId}, {@code module}, {@code lesson}).
 */
final class CourseLinks {

    private CourseLinks() {}

    /** The learner's page of a course. */
    static String course(String courseId) {
        return url(CoursePageView.class, ofCourse(courseId));
    }

    /** The learner's page of a lesson or quiz. */
    static String step(StepRef step) {
        return url(step.quiz() ? QuizView.class : LessonView.class, of(step));
    }

    /** Goes on to a step, or to the course's page when there is none left. */
    static void open(String courseId, StepRef next) {
        if (next == null) {
            UI.getCurrent().navigate(CoursePageView.class, ofCourse(courseId));
        } else {
            UI.getCurrent()
                    .navigate(next.quiz() ? QuizView.class : LessonView.class, of(next), QueryParameters.empty());
        }
    }

    /** The author's preview of a draft's course page, in a language. */
    static String preview(String courseId, Language language) {
        return LanguageParameter.on(url(CoursePreviewView.class, ofCourse(courseId)), language);
    }

    /** The author's preview of a draft's lesson or quiz, in a language. */
    static String preview(StepRef step, Language language) {
        return LanguageParameter.on(url(previewOf(step), of(step)), language);
    }

    /** Goes on to a step of the preview, or to the preview's course page when there is none left, in a language. */
    static void openPreview(String courseId, StepRef next, Language language) {
        if (next == null) {
            UI.getCurrent().navigate(CoursePreviewView.class, ofCourse(courseId), LanguageParameter.of(language));
        } else {
            UI.getCurrent().navigate(previewOf(next), of(next), LanguageParameter.of(language));
        }
    }

    private static Class<? extends DraftPreviewPage<?>> previewOf(StepRef step) {
        return step.quiz() ? QuizPreviewView.class : LessonPreviewView.class;
    }

    static RouteParameters ofCourse(String courseId) {
        return new RouteParameters("courseId", courseId);
    }

    private static RouteParameters of(StepRef step) {
        RouteParam course = new RouteParam("courseId", step.courseId());
        RouteParam module = new RouteParam("module", step.module());
        return step.quiz()
                ? new RouteParameters(course, module)
                : new RouteParameters(course, module, new RouteParam("lesson", step.lesson()));
    }

    private static String url(Class<? extends Component> view, RouteParameters parameters) {
        return RouteConfiguration.forApplicationScope().getUrl(view, parameters);
    }
}
