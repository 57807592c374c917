package org.passerelle.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.passerelle.assessment.GiftQuestion;
import org.passerelle.catalog.LessonContent;
import org.passerelle.catalog.ModuleContent;
import org.passerelle.catalog.PublishedVersion;
import org.passerelle.catalog.QuizContent;
import org.passerelle.shared.Language;

/**
 * A published course version as the generator walks it: its steps in the learner's order (each module's
 * lessons, then its quiz), with the keys the learning module gives them ({@code module/lesson},
 * {@code module#quiz}).
 */
final class ScaleCourse {

    /**
     * @param quiz null for a lesson
     * @param passingScore for a quiz, the higher of the quiz's and the course's passing score
     * @param minutes for a lesson, its reading time
     */
    record Step(String key, String module, QuizContent quiz, int passingScore, int minutes) {

        boolean isQuiz() {
            return quiz != null;
        }
    }

    private final PublishedVersion version;
    private final List<Step> steps;

    private ScaleCourse(PublishedVersion version, List<Step> steps) {
        this.version = version;
        this.steps = steps;
    }

    static ScaleCourse of(PublishedVersion version) {
        List<Step> steps = new ArrayList<>();
        Language fallback = version.content().defaultLanguage();
        for (ModuleContent module : version.content().modules()) {
            for (LessonContent lesson : module.lessons()) {
                int minutes = lesson.texts().get(fallback).minutes();
                steps.add(new Step(module.folder() + "/" + lesson.name(), module.folder(), null, 0, minutes));
            }
            if (module.quiz() != null) {
                int passing =
                        Math.max(module.quiz().passingScore(), version.content().quizPassingScore());
                steps.add(new Step(module.folder() + "#quiz", module.folder(), module.quiz(), passing, 0));
            }
        }
        return new ScaleCourse(version, List.copyOf(steps));
    }

    String id() {
        return version.courseId();
    }

    long versionId() {
        return version.id();
    }

    int versionNumber() {
        return version.number();
    }

    List<Step> steps() {
        return steps;
    }

    int quizCount() {
        return (int) steps.stream().filter(Step::isQuiz).count();
    }

    /** The title records carry: in the course's default language. */
    String title() {
        return version.content().title().get(version.content().defaultLanguage());
    }

    /** The language a reader of this language is shown the course in, as the learning module decides. */
    Language shownTo(Language reader) {
        return version.content().completeLanguages().contains(reader)
                ? reader
                : version.content().defaultLanguage();
    }

    /** A quiz's questions in a language, or in the course's default language when it has none in it. */
    List<GiftQuestion> questions(QuizContent quiz, Language language) {
        Map<Language, List<GiftQuestion>> all = quiz.questions();
        return all.getOrDefault(language, all.get(version.content().defaultLanguage()));
    }

    /** The same question in every language of the quiz: short answers are accepted in any of them. */
    List<GiftQuestion> everyVersionOf(QuizContent quiz, String questionId) {
        return quiz.questions().values().stream()
                .flatMap(List::stream)
                .filter(question -> question.title().equals(questionId))
                .toList();
    }
}
