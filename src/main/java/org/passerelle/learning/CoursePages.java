package org.passerelle.learning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.passerelle.catalog.CourseContent;
import org.passerelle.catalog.LessonContent;
import org.passerelle.catalog.ModuleContent;
import org.passerelle.catalog.PublishedVersion;
import org.passerelle.shared.Language;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Builds the course page of a version, with the statuses of a learner's steps when they are enrolled. */
@Component
class CoursePages {

    private final LessonProgresses lessonProgress;
    private final Attempts attempts;

    CoursePages(LessonProgresses lessonProgress, Attempts attempts) {
        this.lessonProgress = lessonProgress;
        this.attempts = attempts;
    }

    CoursePage course(PublishedVersion version, Enrolment enrolment, Language reader) {
        CourseContent content = version.content();
        ShownLanguage shown = ShownLanguage.of(content, reader);
        CoursePath path = CoursePath.of(content);
        List<CoursePage.Module> modules = modules(version, enrolment, shown);
        boolean enrolled = enrolment != null;
        String next = enrolled ? enrolment.nextStep() : null;
        return new CoursePage(
                version.courseId(),
                shown.text(content.title()),
                shown.text(content.description()),
                content.authorsLine(),
                shown.language(),
                shown.fallback(),
                version.number(),
                enrolled,
                !enrolled && content.selfEnrolment() && isLearner(),
                enrolled ? enrolment.stepsDone() : 0,
                path.steps().size(),
                enrolled ? enrolment.completedAt() : null,
                enrolled ? enrolment.score() : null,
                next == null
                        ? null
                        : path.step(next).map(step -> ref(version, step, shown)).orElse(null),
                modules);
    }

    /**
     * The course's modules with their steps and, when enrolled, the status of each: two reads of the learner's
     * progress whatever the number of steps. The course page and the lesson's outline show them.
     */
    List<CoursePage.Module> modules(PublishedVersion version, @Nullable Enrolment enrolment, ShownLanguage shown) {
        CourseContent content = version.content();
        Map<String, CoursePage.Status> lessonStatus = new HashMap<>();
        Map<String, CoursePage.Status> quizStatus = new HashMap<>();
        Map<String, BigDecimal> best = new HashMap<>();
        CoursePath path = CoursePath.of(content);
        if (enrolment != null) {
            for (LessonProgress progress : lessonProgress.ofEnrolment(enrolment.id())) {
                lessonStatus.put(
                        progress.key().step(),
                        progress.completedAt() != null ? CoursePage.Status.COMPLETED : CoursePage.Status.IN_PROGRESS);
            }
            for (Attempt attempt : attempts.ofEnrolment(enrolment.id())) {
                quizStatus.putIfAbsent(attempt.quiz(), CoursePage.Status.IN_PROGRESS);
                if (attempt.score() != null) {
                    best.merge(attempt.quiz(), attempt.score(), BigDecimal::max);
                }
            }
            for (CoursePath.Step step : path.steps()) {
                BigDecimal score = best.get(step.module());
                if (step.kind() == CoursePath.Kind.QUIZ
                        && score != null
                        && QuizRules.passes(score, step.passingScore())) {
                    quizStatus.put(step.module(), CoursePage.Status.COMPLETED);
                }
            }
        }
        List<CoursePage.Module> modules = new ArrayList<>();
        for (ModuleContent module : content.modules()) {
            List<CoursePage.Item> items = new ArrayList<>();
            for (LessonContent lesson : module.lessons()) {
                LessonContent.LessonText text = shown.text(lesson.texts());
                items.add(new CoursePage.Item(
                        new StepRef(version.courseId(), module.folder(), lesson.name(), text.title()),
                        text.minutes(),
                        0,
                        lessonStatus.getOrDefault(
                                CoursePath.lessonKey(module.folder(), lesson.name()), CoursePage.Status.NOT_STARTED),
                        null));
            }
            if (module.quiz() != null) {
                items.add(new CoursePage.Item(
                        new StepRef(version.courseId(), module.folder(), null, shown.text(module.title())),
                        0,
                        Math.min(
                                module.quiz().questionCount(),
                                module.quiz().draw() > 0 ? module.quiz().draw() : Integer.MAX_VALUE),
                        quizStatus.getOrDefault(module.folder(), CoursePage.Status.NOT_STARTED),
                        best.get(module.folder())));
            }
            modules.add(new CoursePage.Module(shown.text(module.title()), items));
        }
        return modules;
    }

    StepRef ref(PublishedVersion version, CoursePath.Step step, ShownLanguage shown) {
        ModuleContent module = version.content().modules().stream()
                .filter(m -> m.folder().equals(step.module()))
                .findFirst()
                .orElseThrow();
        if (step.kind() == CoursePath.Kind.QUIZ) {
            return new StepRef(version.courseId(), step.module(), null, shown.text(module.title()));
        }
        String title = module.lessons().stream()
                .filter(lesson -> lesson.name().equals(step.lesson()))
                .findFirst()
                .map(lesson -> shown.text(lesson.texts()).title())
                .orElse(step.lesson());
        return new StepRef(version.courseId(), step.module(), step.lesson(), title);
    }

    /** A step from its stored key, without a title: enough for a Continue link. */
    static @Nullable StepRef ref(String courseId, @Nullable String key) {
        if (key == null) {
            return null;
        }
        if (key.endsWith("#quiz")) {
            return new StepRef(courseId, key.substring(0, key.length() - "#quiz".length()), null, null);
        }
        int slash = key.indexOf('/');
        return new StepRef(courseId, key.substring(0, slash), key.substring(slash + 1), null);
    }

    private static boolean isLearner() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(authority -> "ROLE_LEARNER".equals(authority.getAuthority()));
    }
}
