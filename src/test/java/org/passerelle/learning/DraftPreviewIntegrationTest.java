package org.passerelle.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.PasserelleTest;
import org.passerelle.SignedIn;
import org.passerelle.catalog.Catalog;
import org.passerelle.catalog.CourseContent;
import org.passerelle.catalog.CourseDrafts;
import org.passerelle.catalog.CourseMeta;
import org.passerelle.catalog.DraftLessons;
import org.passerelle.catalog.DraftModules;
import org.passerelle.catalog.LessonContent;
import org.passerelle.catalog.LessonFiles;
import org.passerelle.catalog.Revised;
import org.passerelle.identity.AccountDetails;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserAdministration;
import org.passerelle.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Preview as learner" against the real database: a draft's lesson and quiz are what a learner of the published
 * course reads, files aside; only the course's editors may preview it; a draft that cannot be published shows
 * its problems.
 */
@PasserelleTest
class DraftPreviewIntegrationTest {

    static final String FLAGSHIP = "ai-public-policy";
    static final String MODULE = "01-what-is-ai";
    static final String LESSON = "02-how-machines-learn";

    @Autowired
    DraftPreview preview;

    @Autowired
    CourseDrafts drafts;

    @Autowired
    DraftModules modules;

    @Autowired
    DraftLessons lessons;

    @Autowired
    LessonFiles lessonFiles;

    @Autowired
    LearningService learning;

    @Autowired
    QuizService quizzes;

    @Autowired
    UserAdministration administration;

    @Autowired
    Catalog catalog;

    @Autowired
    SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void aLessonOfTheFlagshipsDraftIsPreviewedExactlyAsALearnerReadsIt() {
        String learner = account("preview-learner", Role.LEARNER);
        signedIn.as(learner);
        learning.enrol(FLAGSHIP);
        int version = catalog.current(FLAGSHIP).orElseThrow().number();
        signedIn.as("admin");
        drafts.outline(FLAGSHIP);
        try {
            for (Language language : List.of(Language.EN, Language.FR)) {
                signedIn.as(learner);
                LessonPage read =
                        learning.openLesson(FLAGSHIP, MODULE, LESSON, language).orElseThrow();
                signedIn.as("admin");
                DraftPreview.Preview<LessonPage> previewed = preview.lesson(FLAGSHIP, MODULE, LESSON, language);

                assertThat(previewed.problems()).isEmpty();
                LessonPage page = previewed.page();
                String published = "/course-media/" + FLAGSHIP + "/" + version + "/";
                String draft = "/author-media/" + FLAGSHIP + "/";
                assertThat(read.html())
                        .as("the lesson shows a figure of the course")
                        .contains(published);
                assertThat(page.html()).isEqualTo(read.html().replace(published, draft));
                assertThat(page.title()).isEqualTo(read.title());
                assertThat(page.minutes()).isEqualTo(read.minutes());
                assertThat(page.courseTitle()).isEqualTo(read.courseTitle());
                assertThat(page.moduleTitle()).isEqualTo(read.moduleTitle());
                assertThat(page.shownIn()).isEqualTo(language).isEqualTo(read.shownIn());
                assertThat(page.previous()).isEqualTo(read.previous());
                assertThat(page.next()).isEqualTo(read.next());
                assertThat(page.stepsTotal()).isEqualTo(read.stepsTotal());
                assertThat(page.media())
                        .extracting(LessonPage.Media::kind, LessonPage.Media::bytes)
                        .containsExactlyElementsOf(read.media().stream()
                                .map(m -> Tuple.tuple(m.kind(), m.bytes()))
                                .toList());
                assertThat(page.media().getFirst().url())
                        .isEqualTo(read.media().getFirst().url().replace(published, draft));
                assertThat(page.completed()).isFalse();
                assertThat(page.stepsDone()).isZero();
            }
            assertThat(preview.lesson(FLAGSHIP, MODULE, LESSON, Language.FR).languages())
                    .contains(Language.EN, Language.FR);
        } finally {
            signedIn.as("admin");
            drafts.discard(FLAGSHIP);
        }
    }

    @Test
    void theQuizPreviewAsksEveryQuestionAsALearnerIsAskedItAndRecordsNothing() {
        String learner = account("preview-quiz", Role.LEARNER);
        signedIn.as(learner);
        learning.enrol(FLAGSHIP);
        QuizOverview rules = quizzes.overview(FLAGSHIP, MODULE, Language.EN).orElseThrow();
        AttemptPage attempt = quizzes.start(FLAGSHIP, MODULE, Language.EN);
        signedIn.as("admin");
        drafts.outline(FLAGSHIP);
        try {
            DraftPreview.QuizPreview quiz =
                    preview.quiz(FLAGSHIP, MODULE, Language.EN).page();

            assertThat(quiz.overview().title()).isEqualTo(rules.title());
            assertThat(quiz.overview().questions()).isEqualTo(rules.questions());
            assertThat(quiz.overview().passingScore()).isEqualTo(rules.passingScore());
            assertThat(quiz.overview().attemptsAllowed()).isEqualTo(rules.attemptsAllowed());
            assertThat(quiz.overview().timeLimitMinutes()).isEqualTo(rules.timeLimitMinutes());
            assertThat(quiz.overview().attempts()).isEmpty();
            assertThat(quiz.questions().saved()).isEmpty();
            Map<String, AttemptPage.Question> previewed = new HashMap<>();
            quiz.questions().questions().forEach(q -> previewed.put(q.id(), q));
            assertThat(previewed.size())
                    .isGreaterThanOrEqualTo(attempt.questions().size());
            for (AttemptPage.Question asked : attempt.questions()) {
                AttemptPage.Question shown = previewed.get(asked.id());
                assertThat(shown).as(asked.id()).isNotNull();
                assertThat(shown.html()).isEqualTo(asked.html());
                assertThat(shown.type()).isEqualTo(asked.type());
                assertThat(shown.htmlAfter()).isEqualTo(asked.htmlAfter());
                assertThat(Set.copyOf(shown.options())).isEqualTo(Set.copyOf(asked.options()));
                assertThat(shown.lefts()).isEqualTo(asked.lefts());
            }
            assertThat(preview.quiz(FLAGSHIP, "no-such-module", Language.EN).missing())
                    .isTrue();
        } finally {
            signedIn.as("admin");
            drafts.discard(FLAGSHIP);
        }
    }

    @Test
    void anInstructorWhoDoesNotAuthorTheCourseCannotPreviewItNorCanALearner() {
        String outsider = account("preview-outsider", Role.INSTRUCTOR);
        String learner = account("preview-reader", Role.LEARNER);
        signedIn.as("admin");
        drafts.outline(FLAGSHIP);
        try {
            signedIn.as(outsider);
            assertThatThrownBy(() -> preview.lesson(FLAGSHIP, MODULE, LESSON, Language.EN))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> preview.course(FLAGSHIP, Language.EN)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> preview.quiz(FLAGSHIP, MODULE, Language.EN))
                    .isInstanceOf(AccessDeniedException.class);
            signedIn.as(learner);
            assertThatThrownBy(() -> preview.lesson(FLAGSHIP, MODULE, LESSON, Language.EN))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            signedIn.as("admin");
            drafts.discard(FLAGSHIP);
        }
    }

    @Test
    void aNewCourseIsPreviewedWithItsDraftsOwnFilesAndItsProblemsUntilItCouldBePublished() throws Exception {
        String owner = account("preview-owner", Role.INSTRUCTOR);
        signedIn.as(owner);
        String course = drafts.create(
                "preview-" + UUID.randomUUID().toString().substring(0, 8), Language.EN, "Data for ministries");
        try {
            Revised<CourseMeta> meta = drafts.meta(course);
            CourseMeta m = meta.value();
            drafts.saveMeta(
                    course,
                    m.withDescription(Map.of(Language.EN, "What data a ministry holds and how to share it."))
                            .withAuthors(List.of(new CourseContent.Author("Li Wei", null))),
                    meta.revision());
            String module = modules.add(course, Language.EN, "Open data");
            String lesson = lessons.add(course, module, Language.EN, "What is open data");
            lessons.save(
                    course,
                    module,
                    lesson,
                    Language.EN,
                    new LessonContent.LessonText(
                            "What is open data", 12, Map.of(), "Data anyone may use.\n\n![A chart](media/chart.png)\n"),
                    lessons.read(course, module, lesson, Language.EN).revision());

            DraftPreview.Preview<LessonPage> broken = preview.lesson(course, module, lesson, Language.EN);
            assertThat(broken.page()).isNull();
            assertThat(broken.problems()).anySatisfy(problem -> {
                assertThat(problem.file()).endsWith(lesson + ".en.md");
                assertThat(problem.line()).isPositive();
                assertThat(problem.message()).contains("media/chart.png");
            });

            byte[] png = Files.readAllBytes(
                    Path.of("courses/ai-public-policy/01-what-is-ai/media/training-and-inference.en.png"));
            String reference = lessonFiles.addMedia(course, module, "image", "chart.png", png);
            assertThat(reference).isEqualTo("media/chart.png");
            DraftPreview.Preview<LessonPage> fixed = preview.lesson(course, module, lesson, Language.EN);

            assertThat(fixed.problems()).isEmpty();
            assertThat(fixed.page().title()).isEqualTo("What is open data");
            assertThat(fixed.page().html())
                    .contains("Data anyone may use.")
                    .contains("src=\"/author-media/" + course + "/" + module + "/media/chart.png\"");
            CoursePage outline = preview.course(course, Language.EN).page();
            assertThat(outline.next().lesson()).isEqualTo(lesson);
            assertThat(outline.enrolled()).as("steps link to the preview").isTrue();
            assertThat(outline.versionNumber()).isEqualTo(1);
        } finally {
            drafts.discard(course);
        }
    }

    private String account(String prefix, Role role) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        signedIn.as("admin");
        administration.create(new AccountDetails(
                username,
                "Preview Tester",
                username + "@example.org",
                "",
                Language.EN,
                Set.of(role),
                "a long enough password"));
        return username;
    }
}
