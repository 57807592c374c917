package org.passerelle.learning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.passerelle.assessment.Response;
import org.passerelle.shared.Language;

/**
 * Course folders for learning tests, written before the application starts so that it imports them: each
 * course has two lessons and a ten-question quiz of every type.
 */
public final class LearningCourses {

    static final String QUIZ = String.join(
            "\n\n",
            "::q1::Data are examples.{T}",
            "::q2::Pick the letter a.{=a ~b ~c}",
            "::q3::Pick a and b.{~%50%a ~%50%b ~%-100%c}",
            "::q4::Capital of France?{=Paris =paris city}",
            "::q5::Year of resolution 78/265?{#2024}",
            "::q6::A number from 1 to 10?{#1..10}",
            "::q7::Match.{=cat -> animal =oak -> tree =rose -> flower}",
            "::q8::The sky is {=blue ~green} today.",
            "::q9::The sun is cold.{F}",
            "::q10::Pick y.{~x =y}");

    /** The right answer to each question of {@link #QUIZ}, by id. */
    public static final Map<String, Response> RIGHT = Map.of(
            "q1", Response.truth(true),
            "q2", Response.choices(List.of(0)),
            "q3", Response.choices(List.of(0, 1)),
            "q4", Response.text("PARIS "),
            "q5", Response.text("2024"),
            "q6", Response.text("7,5"),
            "q7", Response.matches(Map.of(0, 0, 1, 1, 2, 2)),
            "q8", Response.choices(List.of(0)),
            "q9", Response.truth(false),
            "q10", Response.choices(List.of(1)));

    /** The course whose quiz never shows its right answers. */
    static final int ANSWERS_NEVER_SHOWN = 29;

    /** The course only an administrator enrols people in. */
    static final int SELF_ENROLMENT_CLOSED = 30;

    private LearningCourses() {}

    /**
     * The signed-in learner completes a written course: both lessons, then the quiz with the right answers.
     *
     * @return whether submitting the quiz completed the course
     */
    public static boolean complete(LearningService learning, QuizService quizzes, String courseId) {
        learning.completeLesson(courseId, "01-intro", "01-one", 0, Language.EN);
        learning.completeLesson(courseId, "01-intro", "02-two", 0, Language.EN);
        AttemptPage page = quizzes.start(courseId, "01-intro", Language.EN);
        RIGHT.forEach((question, response) -> quizzes.save(page.attemptId(), question, response));
        return quizzes.submit(page.attemptId(), Language.EN).courseCompleted();
    }

    public static Path write(Path folder, int count, int attempts, int timeLimitMinutes) {
        return write(folder, "course-", count, attempts, timeLimitMinutes);
    }

    /** Courses named prefix01, prefix02…: tests of other contexts share the embedded database. */
    public static Path write(Path folder, String prefix, int count, int attempts, int timeLimitMinutes) {
        try {
            for (int i = 1; i <= count; i++) {
                String id = prefix + "%02d".formatted(i);
                write(folder, id + "/course.yaml", """
                        id: %s
                        defaultLanguage: en
                        title: {en: Course %d, fr: Cours %d}
                        description: {en: A course., fr: Un cours.}
                        authors: [{name: A. Expert}]
                        level: introductory
                        estimatedHours: 1
                        completion: {lessons: all, quizPassingScore: 70}
                        selfEnrolment: %s
                        modules: [01-intro]
                        """.formatted(
                                id, i, i, i == SELF_ENROLMENT_CLOSED ? "false" : "true"));
                write(folder, id + "/01-intro/module.yaml", """
                        title: {en: Introduction, fr: Introduction}
                        lessons: [01-one, 02-two]
                        quiz: quiz.yaml
                        """);
                write(folder, id + "/01-intro/01-one.en.md", "---\ntitle: One\nminutes: 5\n---\nFirst lesson.\n");
                write(folder, id + "/01-intro/02-two.en.md", "---\ntitle: Two\nminutes: 5\n---\nSecond lesson.\n");
                write(folder, id + "/01-intro/quiz.yaml", """
                        passingScore: 70
                        attempts: %d
                        timeLimitMinutes: %d
                        shuffle: true
                        showCorrectAnswers: %s
                        gift: {en: quiz.gift}
                        """.formatted(
                                attempts, timeLimitMinutes, i == ANSWERS_NEVER_SHOWN ? "never" : "afterSubmit"));
                write(folder, id + "/01-intro/quiz.gift", QUIZ);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
