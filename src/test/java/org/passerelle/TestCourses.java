package org.passerelle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.passerelle.learning.LearningCourses;
import org.springframework.util.FileSystemUtils;

/**
 * The courses folder of the test application: the flagship course as shipped, and each test's own fixture courses,
 * named by a prefix of that test's (all tests share one application and one database). A test that needs courses
 * of its own adds a line here rather than a courses folder of its own, which would start a second application.
 */
public final class TestCourses {

    /** LearningIntegrationTest: 30 courses of three attempts and a 10-minute quiz. */
    public static final String LEARNING = "course-";

    public static final String ROUND_TRIP = "roundtrip-";
    public static final String EDITING = "editing-folder-";
    public static final String ROSTER = "roster-";
    public static final String DASHBOARDS = "dash-";
    public static final String BADGES = "badges-";
    public static final String VERIFIERS = "verifiers-";
    public static final String CERTIFICATES = "certificates-";
    public static final String CREDENTIALS = "credentials-";

    private TestCourses() {}

    static void write(Path folder) {
        FileSystemUtils.deleteRecursively(folder.toFile());
        try {
            FileSystemUtils.copyRecursively(Path.of("courses", "ai-public-policy"), folder.resolve("ai-public-policy"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LearningCourses.write(folder, LEARNING, 30, 3, 10);
        LearningCourses.write(folder, ROUND_TRIP, 1, 3, 0);
        LearningCourses.write(folder, EDITING, 2, 3, 0);
        LearningCourses.write(folder, ROSTER, 1, 3, 0);
        LearningCourses.write(folder, DASHBOARDS, 1, 3, 0);
        LearningCourses.write(folder, BADGES, 6, 3, 0);
        LearningCourses.write(folder, VERIFIERS, 2, 3, 0);
        LearningCourses.write(folder, CERTIFICATES, 2, 3, 0);
        LearningCourses.write(folder, CREDENTIALS, 4, 3, 0);
    }
}
