package org.passerelle.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.shared.FileProblem;

/** Broken course folders: each gives its exact problem, and nothing of the course is returned. */
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
    void aMissingManifest() throws IOException {
        Files.delete(courses.resolve("demo/course.yaml"));
        assertProblem("courses/demo/course.yaml:1: the course manifest course.yaml is missing");
    }

    @Test
    void anUnknownModule() throws IOException {
        replace("demo/course.yaml", "  - 01-basics", "  - 01-basics\n  - 02-missing");
        assertProblem("courses/demo/course.yaml:15: module '02-missing' has no folder 02-missing/");
    }

    @Test
    void anUnknownKeyIsAnError() throws IOException {
        replace("demo/course.yaml", "level: introductory", "level: introductory\ncolour: blue");
        assertProblem("courses/demo/course.yaml:9: unknown key 'colour'");
    }

    @Test
    void badYaml() throws IOException {
        write("demo/01-basics/module.yaml", "title: {en: Basics\nlessons: [01-first]\n");
        assertThat(read().problems())
                .extracting(FileProblem::toString)
                .singleElement()
                .asString()
                .startsWith("courses/demo/01-basics/module.yaml:2: invalid YAML");
    }

    @Test
    void aLessonWithoutTitle() throws IOException {
        write("demo/01-basics/01-first.fr.md", "---\nminutes: 5\n---\nDu texte.\n");
        assertProblem("courses/demo/01-basics/01-first.fr.md:2: 'title' is missing");
    }

    @Test
    void aQuizWithNoCorrectAnswer() throws IOException {
        write("demo/01-basics/quiz.en.gift", "::q1::True?{T}\n\n::q2::Pick.{~a ~b}\n");
        assertProblem("courses/demo/01-basics/quiz.en.gift:3: multiple-choice question has no correct answer: "
                + "mark one with = or give weights like ~%50%");
    }

    @Test
    void aFileOutsideTheCourseFolder() throws IOException {
        write("outside.txt", "secret");
        write(
                "demo/01-basics/01-first.en.md",
                "---\ntitle: First\nminutes: 5\nmedia:\n  transcript: ../../outside.txt\n---\nSome text.\n");
        assertProblem("courses/demo/01-basics/01-first.en.md:5: '../../outside.txt' points outside the course folder");
    }

    @Test
    void invalidUtf8() throws IOException {
        Files.write(
                courses.resolve("demo/01-basics/01-first.fr.md"), new byte[] {'-', '-', '-', '\n', (byte) 0xC3, 0x28});
        assertProblem("courses/demo/01-basics/01-first.fr.md:1: the file is not valid UTF-8 text");
    }

    @Test
    void aFileOverTwentyMegabytes() throws IOException {
        write(
                "demo/01-basics/01-first.en.md",
                "---\ntitle: First\nminutes: 5\nmedia:\n  slides: media/slides.pdf\n---\nSome text.\n");
        Path slides = courses.resolve("demo/01-basics/media/slides.pdf");
        Files.createDirectories(slides.getParent());
        try (var file = new java.io.RandomAccessFile(slides.toFile(), "rw")) {
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
    void duplicateModuleIds() throws IOException {
        replace("demo/course.yaml", "  - 01-basics", "  - 01-basics\n  - 01-basics");
        assertProblem("courses/demo/course.yaml:15: module '01-basics' is listed twice");
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

    private void replace(String path, String from, String to) throws IOException {
        Path file = courses.resolve(path);
        Files.writeString(file, Files.readString(file).replace(from, to));
    }
}
