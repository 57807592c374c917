package org.passerelle.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.passerelle.learning.ui.CoursePageView;
import org.passerelle.learning.ui.CoursePreviewView;
import org.passerelle.learning.ui.LessonPreviewView;
import org.passerelle.learning.ui.MyLearningView;
import org.passerelle.reporting.ui.RosterView;
import org.passerelle.shared.Language;

/** The addresses written by hand lead where their views' routes say, so a renamed route fails here, not in use. */
class PageAddressesTest {

    @Test
    void aCoursesPageIsTheRouteOfTheLearnersCoursePage() {
        assertThat(PageAddresses.course("water-safety"))
                .isEqualTo(route(CoursePageView.class, "courseId", "water-safety"));
    }

    @Test
    void myLearningIsTheRouteOfTheLearnersCourses() {
        assertThat(PageAddresses.myLearning()).isEqualTo(route(MyLearningView.class));
    }

    @Test
    void previewsAreTheRoutesOfTheAuthorsPreviewInTheLanguageAsked() {
        assertThat(PageAddresses.coursePreview("water-safety"))
                .isEqualTo(route(CoursePreviewView.class, "courseId", "water-safety"));
        assertThat(PageAddresses.lessonPreview("water-safety", "01-basics", "02-currents", Language.FR))
                .isEqualTo(route(
                                LessonPreviewView.class,
                                "courseId",
                                "water-safety",
                                "module",
                                "01-basics",
                                "lesson",
                                "02-currents")
                        + "?lang=fr");
    }

    @Test
    void aRosterIsTheRouteOfTheCohortsRoster() {
        assertThat(PageAddresses.roster(42)).isEqualTo(route(RosterView.class, "cohortId", "42"));
    }

    /** The view's route template with its parameters filled in; every parameter must be given. */
    private static String route(Class<?> view, String... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        StringBuilder address = new StringBuilder();
        for (String segment : view.getAnnotation(Route.class).value().split("/")) {
            String value = segment.startsWith(":") ? values.remove(segment.substring(1)) : segment;
            assertThat(value)
                    .as("a value for %s of %s", segment, view.getSimpleName())
                    .isNotNull();
            address.append(address.isEmpty() ? "" : "/").append(value);
        }
        assertThat(values)
                .as("parameters %s has no place for", view.getSimpleName())
                .isEmpty();
        return address.toString();
    }
}
