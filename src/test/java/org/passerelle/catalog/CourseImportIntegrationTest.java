package org.passerelle.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.PasserelleTest;
import org.passerelle.catalog.ImportReport.Outcome;
import org.passerelle.catalog.ImportReport.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.util.FileSystemUtils;

/** Importing course folders into the real database: versions, unchanged content, broken folders. */
@PasserelleTest
class CourseImportIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    static final Path FOLDER = Path.of("target/import-test-courses");

    @Autowired
    CourseImport courseImport;

    @Autowired
    CourseVersions versions;

    @Autowired
    Courses courses;

    @Autowired
    CourseMedia courseMedia;

    @BeforeEach
    void emptyFolder() throws IOException {
        FileSystemUtils.deleteRecursively(FOLDER);
        Files.createDirectories(FOLDER);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aNewCourseBecomesVersionOneAndReimportingItChangesNothing() throws IOException {
        String id = course("first");

        assertThat(outcome(reload(), id))
                .extracting(Outcome::status, Outcome::version)
                .containsExactly(Status.CREATED, 1);
        assertThat(outcome(reload(), id))
                .extracting(Outcome::status, Outcome::version)
                .containsExactly(Status.UNCHANGED, 1);
        assertThat(versions.countByCourseId(id)).isEqualTo(1);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void changedContentBecomesANewVersionAndTheEarlierOneStays() throws IOException {
        String id = course("changing");
        reload();
        Long first = courses.findById(id).orElseThrow().currentVersion();

        Files.writeString(FOLDER.resolve(id + "/01-basics/01-first.en.md"), lesson("First, corrected", "Better text."));
        Outcome outcome = outcome(reload(), id);

        assertThat(outcome).extracting(Outcome::status, Outcome::version).containsExactly(Status.NEW_VERSION, 2);
        assertThat(versions.countByCourseId(id)).isEqualTo(2);
        assertThat(versions.findById(first))
                .as("the version learners started stays")
                .isPresent();
        assertThat(courses.findById(id).orElseThrow().currentVersion()).isNotEqualTo(first);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aBrokenFolderNeverReplacesItsPublishedVersionAndOtherCoursesStillImport() throws IOException {
        String good = course("good");
        String broken = course("broken");
        reload();
        Long published = courses.findById(broken).orElseThrow().currentVersion();

        Files.writeString(FOLDER.resolve(broken + "/01-basics/quiz.en.gift"), "::q1::True?{T}\n\n::q2::Pick.{~a ~b}\n");
        Files.writeString(FOLDER.resolve(good + "/01-basics/01-first.en.md"), lesson("First", "Changed."));
        ImportReport report = reload();

        Outcome rejected = outcome(report, broken);
        assertThat(rejected.status()).isEqualTo(Status.REJECTED);
        assertThat(rejected.problems())
                .extracting(Object::toString)
                .containsExactly(
                        "import-test-courses/" + broken + "/01-basics/quiz.en.gift:3: multiple-choice question has no "
                                + "correct answer: mark one with = or give weights like ~%50%");
        assertThat(courses.findById(broken).orElseThrow().currentVersion()).isEqualTo(published);
        assertThat(versions.countByCourseId(broken)).isEqualTo(1);
        assertThat(outcome(report, good).status()).isEqualTo(Status.NEW_VERSION);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aVersionKeepsItsOwnFilesWhenTheFolderChangesAndEqualFilesAreStoredOnce() throws IOException {
        String id = course("media");
        Path media = Files.createDirectories(FOLDER.resolve(id + "/01-basics/media"));
        Files.copy(
                Path.of("courses/ai-public-policy/01-what-is-ai/media/training-and-inference.en.png"),
                media.resolve("diagram.png"));
        Files.writeString(
                FOLDER.resolve(id + "/01-basics/01-first.en.md"), lesson("First", "![A diagram](media/diagram.png)"));
        reload();
        String first = courseMedia
                .describe(id, 1, "01-basics/media/diagram.png")
                .orElseThrow()
                .sha256();

        Files.copy(
                Path.of("courses/ai-public-policy/01-what-is-ai/media/training-and-inference.fr.png"),
                media.resolve("diagram.png"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(FOLDER.resolve(id + "/01-basics/other.txt"), "not referenced by any lesson");
        reload();

        assertThat(courseMedia.describe(id, 1, "01-basics/media/diagram.png"))
                .as("the version learners started keeps its diagram")
                .hasValueSatisfying(file -> assertThat(file.sha256()).isEqualTo(first));
        assertThat(courseMedia.describe(id, 2, "01-basics/media/diagram.png")).hasValueSatisfying(file -> {
            assertThat(file.sha256()).isNotEqualTo(first);
            assertThat(file.contentType()).isEqualTo("image/png");
        });
        assertThat(courseMedia.describe(id, 2, "01-basics/other.txt"))
                .as("only referenced files")
                .isEmpty();
        String sources = "select %s from catalog_version_source s join catalog_course_version v on v.id = s.version_id"
                + " where v.course_id = ? and v.number in (%s)";
        Integer filesOfFirst = jdbc.queryForObject(sources.formatted("count(*)", "1"), Integer.class, id);
        assertThat(jdbc.queryForObject(sources.formatted("count(distinct s.sha256)", "1, 2"), Integer.class, id))
                .as("version 2 shares the bytes of every unchanged file; only the new diagram and other.txt are new")
                .isEqualTo(filesOfFirst + 2);

        String copy = course("media-copy");
        Files.createDirectories(FOLDER.resolve(copy + "/01-basics/media"));
        Files.copy(media.resolve("diagram.png"), FOLDER.resolve(copy + "/01-basics/media/diagram.png"));
        Files.writeString(
                FOLDER.resolve(copy + "/01-basics/01-first.en.md"), lesson("First", "![A diagram](media/diagram.png)"));
        reload();
        assertThat(courseMedia
                        .describe(copy, 1, "01-basics/media/diagram.png")
                        .orElseThrow()
                        .sha256())
                .as("an equal file in another course is the same stored bytes")
                .isEqualTo(courseMedia
                        .describe(id, 2, "01-basics/media/diagram.png")
                        .orElseThrow()
                        .sha256());
    }

    @Test
    @WithMockUser(roles = "LEARNER")
    void onlyAnAdministratorReloadsCourses() {
        assertThatThrownBy(() -> courseImport.reload()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> courseImport.reload((done, of) -> {})).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void theFlagshipCourseImports() throws IOException {
        FileSystemUtils.copyRecursively(Path.of("courses/ai-public-policy"), FOLDER.resolve("ai-public-policy"));
        Outcome outcome = outcome(reload(), "ai-public-policy");
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.status()).isIn(Status.CREATED, Status.UNCHANGED, Status.NEW_VERSION);
    }

    /**
     * What Reload courses does, on this test's own courses folder (the application's holds every test's courses):
     * the same import, as the administrator signed in here.
     */
    private ImportReport reload() {
        return courseImport.importFolder(FOLDER, (done, of) -> {});
    }

    private static Outcome outcome(ImportReport report, String id) {
        return report.courses().stream()
                .filter(o -> o.courseId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static String course(String prefix) throws IOException {
        String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        DemoCourseFolder.write(FOLDER, id);
        return id;
    }

    private static String lesson(String title, String text) {
        return DemoCourseFolder.lesson(title, text);
    }
}
