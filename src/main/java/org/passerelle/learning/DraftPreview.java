package org.passerelle.learning;

import java.security.SecureRandom;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.passerelle.catalog.Catalog;
import org.passerelle.catalog.CourseContent;
import org.passerelle.catalog.CoursePublishing;
import org.passerelle.catalog.CourseReading;
import org.passerelle.catalog.DraftAddresses;
import org.passerelle.catalog.LessonFiles;
import org.passerelle.catalog.ModuleContent;
import org.passerelle.catalog.PublishedVersion;
import org.passerelle.catalog.QuizContent;
import org.passerelle.shared.FileProblem;
import org.passerelle.shared.Language;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * "Preview as learner": a course's draft read with the importer's rules, exactly as it would be published, and
 * turned into the pages a learner who has just enrolled would see, built by the same code as the learner's own
 * pages. Only the draft's editors may preview it ({@link CoursePublishing} refuses everyone else); nothing is
 * recorded.
 */
@Service
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
public class DraftPreview {

    /**
     * One page of the preview, or the problems that stop the draft from being published (and so from being
     * read as learners would read it).
     *
     * @param page the page, or null when the draft has problems or has no such step
     * @param languages the languages the course has text in, in a fixed order, which a reader may choose
     */
    public record Preview<T>(@Nullable T page, List<FileProblem> problems, List<Language> languages) {

        public Preview {
            problems = List.copyOf(problems);
            languages = List.copyOf(languages);
        }

        /** True when the draft reads well but has no such step. */
        public boolean missing() {
            return page == null && problems.isEmpty();
        }
    }

    /** A quiz as a learner sees it before starting, and every question of its bank as it is asked. */
    public record QuizPreview(QuizOverview overview, AttemptPage questions) {}

    private final CoursePublishing publishing;
    private final LessonFiles files;
    private final Catalog catalog;
    private final CoursePages pages;
    private final LessonPages lessons;
    private final SecureRandom random = new SecureRandom();

    DraftPreview(
            CoursePublishing publishing, LessonFiles files, Catalog catalog, CoursePages pages, LessonPages lessons) {
        this.files = files;
        this.publishing = publishing;
        this.catalog = catalog;
        this.pages = pages;
        this.lessons = lessons;
    }

    /** The course page as a learner who has just enrolled sees it: the outline and a Start link. */
    public Preview<CoursePage> course(String courseId, Language reader) {
        return read(courseId, version -> {
            CoursePage page = pages.course(version, null, reader);
            CoursePath path = CoursePath.of(version.content());
            StepRef first = path.steps().isEmpty()
                    ? null
                    : pages.ref(version, path.steps().getFirst(), ShownLanguage.of(version.content(), reader));
            return new CoursePage(
                    page.courseId(),
                    page.title(),
                    page.description(),
                    page.authors(),
                    page.shownIn(),
                    page.fallback(),
                    page.versionNumber(),
                    true,
                    false,
                    0,
                    page.stepsTotal(),
                    null,
                    null,
                    first,
                    page.modules());
        });
    }

    /** A lesson of the draft as a learner who has not completed it yet reads it, its files served from the draft. */
    public Preview<LessonPage> lesson(String courseId, String module, String lesson, Language reader) {
        return read(courseId, version -> {
            CoursePath path = CoursePath.of(version.content());
            if (path.step(CoursePath.lessonKey(module, lesson)).isEmpty()) {
                return null;
            }
            return lessons.page(
                    version,
                    path,
                    module,
                    lesson,
                    reader,
                    draftFiles(courseId),
                    new LessonPages.Progress(
                            false,
                            0,
                            path.steps().size(),
                            pages.modules(version, null, ShownLanguage.of(version.content(), reader))));
        });
    }

    /** A module's quiz: its rules, and every question of its bank in the order written, nothing answered. */
    public Preview<QuizPreview> quiz(String courseId, String module, Language reader) {
        return read(courseId, version -> {
            Optional<ModuleContent> found = version.content().modules().stream()
                    .filter(m -> m.folder().equals(module) && m.quiz() != null)
                    .findFirst();
            if (found.isEmpty()) {
                return null;
            }
            QuizContent quiz = found.get().quiz();
            ShownLanguage shown = ShownLanguage.of(version.content(), reader);
            String title = shown.text(found.get().title());
            QuizRules rules = QuizRules.of(
                    quiz,
                    CoursePath.of(version.content())
                            .step(CoursePath.quizKey(module))
                            .orElseThrow()
                            .passingScore());
            QuizOverview overview = new QuizOverview(
                    courseId,
                    module,
                    title,
                    shown.language(),
                    quiz.draw() > 0 ? Math.min(quiz.draw(), quiz.questionCount()) : quiz.questionCount(),
                    rules.passingScore(),
                    rules.attemptsAllowed(),
                    rules.timeLimitMinutes(),
                    List.of(),
                    null,
                    false,
                    null,
                    true);
            QuizQuestions questions =
                    new QuizQuestions(quiz, shown.language(), version.content().defaultLanguage());
            // Every question, in the order written, so that the author can check each one.
            QuizContent whole = new QuizContent(
                    quiz.passingScore(),
                    quiz.attempts(),
                    quiz.timeLimitMinutes(),
                    false,
                    0,
                    quiz.showCorrectAnswers(),
                    quiz.fromGift(),
                    quiz.questions());
            Plan plan = Plan.draw(whole, questions.bank(), random);
            AttemptPage asked = new AttemptPage(
                    0,
                    courseId,
                    module,
                    title,
                    1,
                    null,
                    shown.language(),
                    plan.questions().stream().map(questions::asked).toList(),
                    Map.of());
            return new QuizPreview(overview, asked);
        });
    }

    private <T> Preview<T> read(String courseId, Function<PublishedVersion, @Nullable T> page) {
        CourseReading reading = publishing.check(courseId);
        if (!reading.ok()) {
            return new Preview<>(null, reading.problems(), List.of());
        }
        CourseContent content = reading.course();
        int next = catalog.current(courseId).map(v -> v.number() + 1).orElse(1);
        // The draft as the version it would become; id 0: it has no stored files of its own.
        PublishedVersion version = new PublishedVersion(0, courseId, next, content);
        return new Preview<>(page.apply(version), List.of(), languages(content));
    }

    /** The languages in which the course has a title or a lesson. */
    private static List<Language> languages(CourseContent content) {
        EnumSet<Language> languages = EnumSet.of(content.defaultLanguage());
        languages.addAll(content.title().keySet());
        content.modules()
                .forEach(module -> module.lessons()
                        .forEach(lesson -> languages.addAll(lesson.texts().keySet())));
        return List.copyOf(languages);
    }

    private LessonPages.Files draftFiles(String courseId) {
        return new LessonPages.Files() {
            @Override
            public String url(String module, String reference) {
                return DraftAddresses.url(courseId, module, reference);
            }

            @Override
            public Map<String, Long> sizes(Collection<String> paths) {
                Map<String, Long> all = files.fileSizes(courseId);
                Map<String, Long> sizes = new HashMap<>();
                for (String path : paths) {
                    if (path != null && all.containsKey(path)) {
                        sizes.put(path, all.get(path));
                    }
                }
                return sizes;
            }
        };
    }
}
