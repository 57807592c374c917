package org.passerelle.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.shared.FileProblem;

/** Cases the file corpus (BrokenCorpusTest) cannot hold: a 50 MB file, languages that disagree. */
class CourseFilesTest {

    @TempDir
    Path root;

    Path courses;

    @BeforeEach
    void aValidCourse() throws IOException {
        courses = root.resolve("courses");
        DemoCourseFolder.write(courses, "demo");
    }

    @Test
    void theValidCourseReads() {
        CourseReading reading = read();
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.course().modules().getFirst().quiz().questionCount()).isEqualTo(2);
    }

    @Test
    void aFileOverTwentyMegabytes() throws IOException {
        write(
                "demo/01-basics/01-first.en.md",
                "---\ntitle: First\nminutes: 5\nmedia:\n  slides: media/slides.pdf\n---\nSome text.\n");
        Path slides = courses.resolve("demo/01-basics/media/slides.pdf");
        Files.createDirectories(slides.getParent());
        try (var file = new RandomAccessFile(slides.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        assertProblem("courses/demo/01-basics/01-first.en.md:5: 'courses/demo/01-basics/media/slides.pdf' is 50 MB; "
                + "files in a course may have at most 20 MB");
    }

    @Test
    void questionsThatDifferBetweenLanguages() throws IOException {
        write("demo/01-basics/quiz.fr.gift", "::q1::Vrai ?{T}\n\n::autre::Choisir.{=a ~b}\n");
        assertProblem(
                "courses/demo/01-basics/quiz.fr.gift:1: the questions differ from the en file: expected "
                        + "[q1 (TRUE_FALSE), q2 (SINGLE_CHOICE)] in this order, found [q1 (TRUE_FALSE), autre (SINGLE_CHOICE)]");
    }

    @Test
    void aQuestionTitleTooLongToIdentifyItsAnswers() throws IOException {
        String title = "q".repeat(101);
        write("demo/01-basics/quiz.en.gift", "::" + title + "::True?{T}\n\n::q2::Choose.{=a ~b}\n");
        write("demo/01-basics/quiz.fr.gift", "::" + title + "::Vrai ?{T}\n\n::q2::Choisir.{=a ~b}\n");
        CourseReading reading = read();
        assertThat(reading.course()).isNull();
        assertThat(reading.problems())
                .extracting(FileProblem::toString)
                .contains("courses/demo/01-basics/quiz.en.gift:1: the question's title is 101 characters long; 100 at"
                        + " most, since it identifies the question's answers");
    }

    @Test
    void anEmptyDescriptionMapping() throws IOException {
        String manifest = Files.readString(courses.resolve("demo/course.yaml"));
        write(
                "demo/course.yaml",
                manifest.replace(
                        "description: {en: A demo course., fr: Un cours de démonstration.}", "description: {}"));
        assertProblem("courses/demo/course.yaml:4: 'description' has no en text, the course's default language");
    }

    private void assertProblem(String expected) {
        CourseReading reading = read();
        assertThat(reading.course())
                .as("nothing of a course with a problem is kept")
                .isNull();
        assertThat(reading.problems()).extracting(FileProblem::toString).containsExactly(expected);
    }

    private CourseReading read() {
        return CourseFiles.read(courses, "demo");
    }

    private void write(String path, String text) throws IOException {
        DemoCourseFolder.write(courses, path, text);
    }
}
