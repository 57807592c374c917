package org.passerelle.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.passerelle.catalog.CourseContent;
import org.passerelle.catalog.LessonContent;
import org.passerelle.catalog.ModuleContent;

/** The steps of a course in the order a learner takes them: each module's lessons, then its quiz. */
record CoursePath(List<Step> steps) {

    enum Kind {
        LESSON,
        QUIZ
    }

    /**
     * @param lesson the lesson's name, or null for a quiz
     * @param passingScore for a quiz, the score that passes it (the higher of the quiz's and the course's)
     */
    record Step(Kind kind, String module, @Nullable String lesson, String key, int passingScore) {}

    static CoursePath of(CourseContent course) {
        List<Step> steps = new ArrayList<>();
        for (ModuleContent module : course.modules()) {
            for (LessonContent lesson : module.lessons()) {
                steps.add(new Step(
                        Kind.LESSON, module.folder(), lesson.name(), lessonKey(module.folder(), lesson.name()), 0));
            }
            if (module.quiz() != null) {
                int passing = Math.max(module.quiz().passingScore(), course.quizPassingScore());
                steps.add(new Step(Kind.QUIZ, module.folder(), null, quizKey(module.folder()), passing));
            }
        }
        return new CoursePath(List.copyOf(steps));
    }

    static String lessonKey(String module, String lesson) {
        return module + "/" + lesson;
    }

    static String quizKey(String module) {
        return module + "#quiz";
    }

    Optional<Step> step(String key) {
        return steps.stream().filter(step -> step.key().equals(key)).findFirst();
    }

    int indexOf(String key) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
