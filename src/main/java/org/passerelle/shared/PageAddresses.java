package org.passerelle.shared;

/**
 * Addresses of pages that a module links to but cannot name by their view class: because the view's module
 * already depends on it (naming the class would make a cycle), as catalog and cohorts link to the learner's pages
 * and cohorts to a cohort's roster, or because the link is made outside a {@code ui} package, as a signed
 * credential names its course. Everywhere else links are made by Vaadin from the view class. Each pattern here is
 * checked against its view's {@code @Route} by {@code PageAddressesTest}.
 */
public final class PageAddresses {

    /** The section of {@link #myLearning()} that lists the learner's completion records. */
    public static final String MY_RECORDS = "my-records";

    private PageAddresses() {}

    /** A published course's page for learners ({@code learning.ui.CoursePageView}). */
    public static String course(String courseId) {
        return "course/" + courseId;
    }

    /** The administrator's home ({@code shell.ui.AdministrationView}). */
    public static String administration() {
        return "admin";
    }

    /** A reviewer's cohorts ({@code reporting.ui.DashboardHomeView}). */
    public static String dashboards() {
        return "cohorts";
    }

    /** An instructor's courses ({@code catalog.ui.edit.MyCoursesView}). */
    public static String myCourses() {
        return "courses";
    }

    /** The learner's courses ({@code learning.ui.MyLearningView}). */
    public static String myLearning() {
        return "my-learning";
    }

    /** An author's preview of a draft's course page ({@code learning.ui.CoursePreviewView}). */
    public static String coursePreview(String courseId) {
        return "author/" + courseId + "/preview";
    }

    /** An author's preview of a draft's lesson ({@code learning.ui.LessonPreviewView}). */
    public static String lessonPreview(String courseId, String module, String lesson) {
        return coursePreview(courseId) + "/" + module + "/" + lesson;
    }

    /** A cohort's roster ({@code reporting.ui.RosterView}). */
    public static String roster(long cohortId) {
        return "admin/cohorts/" + cohortId + "/roster";
    }
}
