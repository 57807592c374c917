package org.passerelle.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import org.passerelle.learning.StepRef;

/**
 * Addresses of a course's pages, the learner's and the author's preview of them ({@link PreviewLinks}), made by Vaadin
 * from the views and their route parameters, so that a renamed route or parameter changes every link to it. Both
 * kinds of page name their parameters alike ({@code courseId}, {@code module}, {@code lesson}).
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

    static RouteParameters ofCourse(String courseId) {
        return new RouteParameters("courseId", courseId);
    }

    static RouteParameters of(StepRef step) {
        RouteParam course = new RouteParam("courseId", step.courseId());
        RouteParam module = new RouteParam("module", step.module());
        return step.quiz()
                ? new RouteParameters(course, module)
                : new RouteParameters(course, module, new RouteParam("lesson", step.lesson()));
    }

    static String url(Class<? extends Component> view, RouteParameters parameters) {
        return RouteConfiguration.forApplicationScope().getUrl(view, parameters);
    }
}
