package org.passerelle.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.RouteTemplates.filled;

import org.junit.jupiter.api.Test;
import org.passerelle.catalog.ui.edit.MyCoursesView;
import org.passerelle.learning.ui.CoursePageView;
import org.passerelle.learning.ui.CoursePreviewView;
import org.passerelle.learning.ui.LessonPreviewView;
import org.passerelle.learning.ui.MyLearningView;
import org.passerelle.reporting.ui.DashboardHomeView;
import org.passerelle.reporting.ui.RosterView;
import org.passerelle.shell.ui.AdministrationView;

/** The addresses written by hand lead where their views' routes say, so a renamed route fails here, not in use. */
class PageAddressesTest {

    @Test
    void aCoursesPageIsTheRouteOfTheLearnersCoursePage() {
        assertThat(PageAddresses.course("water-safety"))
                .isEqualTo(filled(CoursePageView.class, "courseId", "water-safety"));
    }

    @Test
    void myLearningIsTheRouteOfTheLearnersCourses() {
        assertThat(PageAddresses.myLearning()).isEqualTo(filled(MyLearningView.class));
    }

    @Test
    void previewsAreTheRoutesOfTheAuthorsPreview() {
        assertThat(PageAddresses.coursePreview("water-safety"))
                .isEqualTo(filled(CoursePreviewView.class, "courseId", "water-safety"));
        assertThat(PageAddresses.lessonPreview("water-safety", "01-basics", "02-currents"))
                .isEqualTo(filled(
                        LessonPreviewView.class,
                        "courseId",
                        "water-safety",
                        "module",
                        "01-basics",
                        "lesson",
                        "02-currents"));
    }

    @Test
    void eachRolesHomeIsTheRouteOfItsView() {
        assertThat(PageAddresses.administration()).isEqualTo(filled(AdministrationView.class));
        assertThat(PageAddresses.dashboards()).isEqualTo(filled(DashboardHomeView.class));
        assertThat(PageAddresses.myCourses()).isEqualTo(filled(MyCoursesView.class));
    }

    @Test
    void aRosterIsTheRouteOfTheCohortsRoster() {
        assertThat(PageAddresses.roster(42)).isEqualTo(filled(RosterView.class, "cohortId", "42"));
    }
}
