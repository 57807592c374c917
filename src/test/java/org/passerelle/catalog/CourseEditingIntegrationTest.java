package org.passerelle.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.passerelle.PasserelleTest;
import org.passerelle.SignedIn;
import org.passerelle.assessment.GiftFormat;
import org.passerelle.assessment.GiftQuestion;
import org.passerelle.assessment.GiftResult;
import org.passerelle.identity.AccountDetails;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserAdministration;
import org.passerelle.learning.LearningService;
import org.passerelle.shared.FileProblem;
import org.passerelle.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.FileSystemUtils;

/**
 * Issue 7 at the service level: who may edit which course, drafts and publishing with the importer's rules,
 * conflicting saves, media judged by their bytes, structure and coverage, and the round trip between the
 * editor and the {@code courses/} files.
 */
@PasserelleTest
class CourseEditingIntegrationTest {

    static final Path TMP = Path.of(System.getProperty("java.io.tmpdir"));

    static final String FLAGSHIP = "ai-public-policy";
    static final Path FLAGSHIP_FOLDER = Path.of("courses", FLAGSHIP);

    static final String EN_GIFT = """
            ::capital::What is the capital of Senegal?{=Dakar ~Thiès ~Saint-Louis}

            ::open-data::Open data may be reused by anyone.{T}
            """;
    static final String FR_GIFT = """
            ::capital::Quelle est la capitale du Sénégal ?{=Dakar ~Thiès ~Saint-Louis}

            ::open-data::Les données ouvertes peuvent être réutilisées par tous.{T}
            """;

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    CourseDrafts drafts;

    @Autowired
    DraftModules modules;

    @Autowired
    DraftLessons lessons;

    @Autowired
    CoursePublishing publishing;

    @Autowired
    CourseAuthorship authorship;

    @Autowired
    DraftQuizzes quizzes;

    @Autowired
    LessonFiles lessonFiles;

    @Autowired
    CourseExport export;

    @Autowired
    CourseImport courseImport;

    @Autowired
    Catalog catalog;

    @Autowired
    LearningService learning;

    @Autowired
    UserAdministration users;

    @Autowired
    SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void aCourseStartedWithoutAShortNameIsNamedFromItsTitleAndOneWithoutATitleIsRefusedForItsTitle() {
        signedIn.as("instructor");
        String title = "Éthique des données " + UUID.randomUUID().toString().substring(0, 6);

        String course = drafts.create("  ", Language.FR, title);

        assertThat(course).isEqualTo(FolderNames.slug(title, "")).startsWith("ethique-des-donnees-");
        assertThat(drafts.meta(course).value().title()).containsEntry(Language.FR, title);
        assertThatThrownBy(() -> drafts.create("", Language.FR, " "))
                .isInstanceOfSatisfying(
                        Refused.class, refused -> assertThat(refused.key()).isEqualTo("editor.refused.title"));
    }

    // ---- point 7: access

    @Test
    void onlyOwnersCoAuthorsAndAdministratorsEditACourse() {
        String other = secondInstructor();
        signedIn.as("instructor");
        String course = drafts.create(id("access"), Language.EN, "Access rules");
        String module = modules.add(course, Language.EN, "One");
        String lesson = lessons.add(course, module, Language.EN, "First");
        signedIn.as(other);
        String theirs = drafts.create(id("theirs"), Language.EN, "Somebody else’s");

        signedIn.as(other);
        for (ThrowingConsumer<String> action : List.<ThrowingConsumer<String>>of(
                drafts::outline,
                drafts::meta,
                id -> lessons.save(id, module, lesson, Language.EN, text("Mine now", "Overwritten."), 1),
                id -> modules.add(id, Language.EN, "Intruder"),
                publishing::publish,
                drafts::zip,
                id -> quizzes.read(id, module),
                id -> lessonFiles.addMedia(id, module, "slides", "talk.pdf", pdf()),
                drafts::discard,
                authorship::authors)) {
            assertThatThrownBy(() -> action.accept(course))
                    .as("an instructor who is not an author of the course")
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(ids(drafts.editable(Language.EN), course, theirs)).containsExactly(theirs);

        signedIn.as("instructor");
        assertThat(ids(drafts.editable(Language.EN), course, theirs)).containsExactly(course);
        assertThat(drafts.editable(Language.EN).stream()
                        .filter(c -> c.id().equals(course))
                        .findFirst()
                        .orElseThrow()
                        .role())
                .isEqualTo(AuthorRole.OWNER);
        assertThatThrownBy(() -> authorship.add(course, other, AuthorRole.COAUTHOR))
                .as("only administrators assign authors")
                .isInstanceOf(AccessDeniedException.class);

        signedIn.as("learner");
        assertThatThrownBy(() -> drafts.editable(Language.EN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> drafts.outline(course)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> drafts.create(id("learner"), Language.EN, "Mine"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authorship.add(course, "learner", AuthorRole.COAUTHOR))
                .isInstanceOf(AccessDeniedException.class);

        signedIn.as("admin");
        assertThat(drafts.outline(course).modules()).hasSize(1);
        assertThat(lessons.add(course, module, Language.EN, "Added by the administrator"))
                .isNotBlank();
        assertThat(ids(drafts.editable(Language.EN), course, theirs)).containsExactlyInAnyOrder(course, theirs);
        assertThatThrownBy(() -> authorship.add(course, "learner", AuthorRole.COAUTHOR))
                .isInstanceOf(Refused.class)
                .hasMessage("editor.refused.not-instructor");
        authorship.add(course, other, AuthorRole.COAUTHOR);
        assertThat(authorship.authors(course))
                .extracting(CourseAuthor::username, CourseAuthor::role)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("instructor", AuthorRole.OWNER), Tuple.tuple(other, AuthorRole.COAUTHOR));

        signedIn.as(other);
        int revision = lessons.read(course, module, lesson, Language.EN).revision();
        lessons.save(course, module, lesson, Language.EN, text("First", "Written by the co-author."), revision);
        assertThat(modules.add(course, Language.EN, "Two")).isNotBlank();
        assertThat(ids(drafts.editable(Language.EN), course, theirs)).containsExactlyInAnyOrder(course, theirs);

        signedIn.as("instructor");
        assertThat(lessons.read(course, module, lesson, Language.EN).value().markdown())
                .isEqualTo("Written by the co-author.");
    }

    // ---- point 6: round trip

    @Test
    void aCourseBuiltInTheEditorIsPublishedAndItsZipImportsAsTheSameCourse() {
        signedIn.as("instructor");
        String course = drafts.create(id("built"), Language.EN, "Open data for ministries");
        Revised<CourseMeta> meta = drafts.meta(course);
        drafts.saveMeta(
                course,
                new CourseMeta(
                        course,
                        Language.EN,
                        texts(Language.EN, "Open data for ministries", Language.FR, "Données ouvertes : ministères"),
                        texts(Language.EN, "Publishing data: why and how.", Language.FR, "Publier des données."),
                        List.of(new CourseContent.Author("Awa Diop", "Université Cheikh Anta Diop")),
                        "intermediate",
                        3,
                        Map.of(Language.EN, List.of("open data"), Language.FR, List.of("données ouvertes")),
                        true,
                        80,
                        List.of()),
                meta.revision());
        String module = modules.add(course, Language.EN, "Why open data");
        Revised<ModuleMeta> moduleMeta = modules.read(course, module);
        modules.save(
                course,
                module,
                texts(Language.EN, "Why open data", Language.FR, "Pourquoi ouvrir les données"),
                Map.of(),
                moduleMeta.revision());
        String lesson = lessons.add(course, module, Language.EN, "What open data is");
        lessons.save(
                course,
                module,
                lesson,
                Language.EN,
                text("What open data is", "Data **anyone** may use."),
                lessons.read(course, module, lesson, Language.EN).revision());
        lessons.save(
                course,
                module,
                lesson,
                Language.FR,
                text("Ce que sont les données ouvertes", "Des données que **tous** peuvent utiliser."),
                0);
        Revised<QuizDraft> quiz = quizzes.read(course, module);
        assertThat(quiz.revision()).as("no quiz yet").isZero();
        Revised<QuizDraft> saved = quizzes.save(course, module, quizOf(gift(EN_GIFT), gift(FR_GIFT)), quiz.revision());
        assertThat(saved.value().problems()).isEmpty();
        assertThat(saved.value().quiz().questions().get(Language.FR)).hasSize(2);
        assertThat(drafts.outline(course).modules().getFirst().quizQuestions()).isEqualTo(2);

        CourseReading check = publishing.check(course);
        assertThat(check.problems()).isEmpty();
        ImportReport.Outcome published = publishing.publish(course);
        assertThat(published.status()).isEqualTo(ImportReport.Status.CREATED);
        assertThat(published.version()).isEqualTo(1);
        assertThat(drafts.outline(course).unpublishedChanges()).isFalse();

        signedIn.as("admin");
        byte[] zip = export.zip(course).orElseThrow();
        ImportReport.Outcome imported = courseImport.importZip(zip).courses().getFirst();
        assertThat(imported.status()).isEqualTo(ImportReport.Status.UNCHANGED);
        assertThat(imported.version()).isEqualTo(1);

        PublishedVersion current = catalog.current(course).orElseThrow();
        assertThat(current.number()).isEqualTo(1);
        CourseContent content = current.content();
        assertThat(content).isEqualTo(check.course());
        assertThat(content.title()).containsOnlyKeys(Language.EN, Language.FR);
        assertThat(content.description()).containsEntry(Language.FR, "Publier des données.");
        assertThat(content.authors())
                .containsExactly(new CourseContent.Author("Awa Diop", "Université Cheikh Anta Diop"));
        assertThat(content.quizPassingScore()).isEqualTo(80);
        assertThat(content.completeLanguages()).containsExactlyInAnyOrder(Language.EN, Language.FR);
        ModuleContent first = content.modules().getFirst();
        assertThat(first.title()).containsEntry(Language.FR, "Pourquoi ouvrir les données");
        assertThat(first.lessons().getFirst().texts().get(Language.FR).markdown())
                .isEqualTo("Des données que **tous** peuvent utiliser.");
        assertThat(first.lessons().getFirst().texts().get(Language.EN).markdown())
                .isEqualTo("Data **anyone** may use.");
        assertThat(withoutLines(first.quiz().questions().get(Language.EN))).isEqualTo(withoutLines(gift(EN_GIFT)));
        assertThat(withoutLines(first.quiz().questions().get(Language.FR))).isEqualTo(withoutLines(gift(FR_GIFT)));
    }

    @Test
    void theFlagshipCourseDraftedInTheEditorReadsAsItsPublishedVersionEvenAfterSavingItsQuiz() {
        signedIn.as("admin");
        PublishedVersion before = catalog.current(FLAGSHIP).orElseThrow();
        try {
            Outline outline = drafts.outline(FLAGSHIP);
            assertThat(outline.modules()).hasSize(before.content().modules().size());
            assertThat(outline.unpublishedChanges()).isFalse();
            assertThat(outline.baseVersion()).isEqualTo(before.number());

            CourseReading reading = publishing.check(FLAGSHIP);
            assertThat(reading.problems()).isEmpty();
            assertThat(reading.course()).isEqualTo(before.content());

            List<ModuleContent> modules = before.content().modules();
            assertThat(modules.getFirst().quiz().fromGift())
                    .as("the flagship's first quiz is written in YAML")
                    .isFalse();
            List<String> yamlQuizzes = modules.stream()
                    .filter(module -> module.quiz() != null && !module.quiz().fromGift())
                    .map(ModuleContent::folder)
                    .toList();
            for (String module : yamlQuizzes) {
                Revised<QuizDraft> quiz = quizzes.read(FLAGSHIP, module);
                assertThat(quiz.value().problems()).isEmpty();
                assertThat(quiz.value().quiz()).isEqualTo(quizOf(modules, module));
                quizzes.save(FLAGSHIP, module, quiz.value().quiz(), quiz.revision());
            }

            CourseReading again = publishing.check(FLAGSHIP);
            assertThat(again.problems()).isEmpty();
            for (ModuleContent module : again.course().modules()) {
                QuizContent was = quizOf(modules, module.folder());
                if (!yamlQuizzes.contains(module.folder())) {
                    assertThat(module)
                            .isEqualTo(modules.get(again.course().modules().indexOf(module)));
                    continue;
                }
                QuizContent saved = module.quiz();
                assertThat(saved.fromGift()).isTrue();
                assertThat(saved.questions().keySet()).isEqualTo(was.questions().keySet());
                for (Language language : was.questions().keySet()) {
                    assertThat(withoutLines(saved.questions().get(language)))
                            .as("the questions of " + module.folder() + " in " + language + " once saved as GIFT")
                            .isEqualTo(withoutLines(was.questions().get(language)));
                }
                assertThat(List.of(
                                saved.passingScore(),
                                saved.attempts(),
                                saved.timeLimitMinutes(),
                                saved.shuffle(),
                                saved.draw(),
                                saved.showCorrectAnswers()))
                        .isEqualTo(List.of(
                                was.passingScore(),
                                was.attempts(),
                                was.timeLimitMinutes(),
                                was.shuffle(),
                                was.draw(),
                                was.showCorrectAnswers()));
                assertThat(module.lessons())
                        .isEqualTo(modules.get(again.course().modules().indexOf(module))
                                .lessons());
            }
        } finally {
            drafts.discard(FLAGSHIP);
        }
        assertThat(catalog.current(FLAGSHIP).orElseThrow().number())
                .as("nothing of the flagship was published")
                .isEqualTo(before.number());
    }

    @Test
    void aCourseWrittenWithOtherFileNamesAndDefaultsIsEditedWithoutLosingOrLeavingAnything() {
        String course = id("names");
        signedIn.as("admin");
        Map<String, byte[]> files = new TreeMap<>();
        files.put("course.yaml", utf8("""
                id: %s
                defaultLanguage: en
                title: {en: Other names}
                description: {en: Settings left to their defaults.}
                authors: [{name: A. Expert}]
                level: introductory
                estimatedHours: 1
                completion: {lessons: all, quizPassingScore: 70}
                modules: [01-intro]
                """.formatted(course)));
        files.put("01-intro/module.yaml", utf8("title: {en: Intro}\nlessons: [01-one]\nquiz: test.yaml\n"));
        files.put("01-intro/01-one.en.md", utf8("---\ntitle: One\nminutes: 5\n---\nText.\n"));
        files.put("01-intro/test.yaml", utf8("passingScore: 70\ngift: {en: questions.gift}\n"));
        files.put("01-intro/questions.gift", utf8(EN_GIFT));
        assertThat(courseImport
                        .importZip(CourseZip.pack(course, files))
                        .courses()
                        .getFirst()
                        .status())
                .isEqualTo(ImportReport.Status.CREATED);
        assertThat(catalog.current(course).orElseThrow().content().selfEnrolment())
                .as("selfEnrolment is true when left out")
                .isTrue();

        Revised<CourseMeta> meta = drafts.meta(drafts.outline(course).meta().id());
        assertThat(meta.value().selfEnrolment())
                .as("the editor shows the default too")
                .isTrue();
        drafts.saveMeta(course, meta.value(), meta.revision());
        Revised<QuizDraft> quiz = quizzes.read(course, "01-intro");
        assertThat(quiz.value().quiz().questionCount()).isEqualTo(2);
        quizzes.save(course, "01-intro", quiz.value().quiz(), quiz.revision());

        assertThat(publishing.publish(course).status()).isEqualTo(ImportReport.Status.NEW_VERSION);
        CourseContent content = catalog.current(course).orElseThrow().content();
        assertThat(content.selfEnrolment())
                .as("saving unchanged settings keeps self-enrolment open")
                .isTrue();
        assertThat(withoutLines(content.modules().getFirst().quiz().questions().get(Language.EN)))
                .isEqualTo(withoutLines(gift(EN_GIFT)));
        Path unpacked = CourseZip.unpack(new ByteArrayInputStream(drafts.zip(course)), TMP);
        try {
            assertThat(ContentHash.files(unpacked.resolve(course)).stream()
                            .map(file ->
                                    unpacked.resolve(course).relativize(file).toString())
                            .toList())
                    .as("no file is left behind that nothing names any more")
                    .containsExactlyInAnyOrder(
                            "course.yaml",
                            "01-intro/module.yaml",
                            "01-intro/01-one.en.md",
                            "01-intro/quiz.yaml",
                            "01-intro/quiz.en.gift");
        } finally {
            FileSystemUtils.deleteRecursively(unpacked.toFile());
        }
    }

    // ---- point 5: draft and publish

    @Test
    void publishingRefusesWhatTheImporterWouldRefuseAndPublishesNothing() {
        signedIn.as("instructor");
        String course = drafts.create(id("refused"), Language.EN, "No description yet");
        CourseMeta meta = drafts.meta(course).value();
        drafts.saveMeta(
                course,
                new CourseMeta(
                        course,
                        Language.EN,
                        meta.title(),
                        Map.of(),
                        List.of(new CourseContent.Author("Awa Diop", null)),
                        "introductory",
                        1,
                        Map.of(),
                        true,
                        70,
                        List.of()),
                drafts.meta(course).revision());
        String module = modules.add(course, Language.EN, "One");
        String lesson = lessons.add(course, module, Language.EN, "First");
        lessons.save(course, module, lesson, Language.EN, text("First", "Some text."), 1);

        assertThat(publishing.check(course).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("courses/" + course + "/course.yaml");
            assertThat(problem.message()).contains("description");
        });
        ImportReport.Outcome outcome = publishing.publish(course);

        assertThat(outcome.status()).isEqualTo(ImportReport.Status.REJECTED);
        assertThat(outcome.version()).isZero();
        assertThat(outcome.problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.file()).isEqualTo("courses/" + course + "/course.yaml"));
        assertThat(catalog.current(course)).as("nothing published").isEmpty();
        assertThat(drafts.outline(course).publishedVersion()).isZero();
        assertThat(drafts.outline(course).unpublishedChanges()).isTrue();
    }

    @Test
    void aLearnerInProgressStaysOnTheirVersionWhenTheEditorPublishesTheNext() {
        String course = "editing-folder-01";
        signedIn.as("learner");
        learning.enrol(course);
        assertThat(learning.course(course, Language.EN).orElseThrow().versionNumber())
                .isEqualTo(1);

        signedIn.as("admin");
        publishRevisedFirstLesson(course);
        assertThat(catalog.current(course).orElseThrow().number()).isEqualTo(2);

        signedIn.as("learner");
        assertThat(learning.course(course, Language.EN).orElseThrow().versionNumber())
                .isEqualTo(1);
        assertThat(learning.openLesson(course, "01-intro", "01-one", Language.EN)
                        .orElseThrow()
                        .html())
                .contains("First lesson.")
                .doesNotContain("Revised in the editor.");
    }

    @Test
    void theSecondSaveOfALessonOpenedAtTheSameRevisionIsRefusedAndKeepsTheFirstText() {
        String other = secondInstructor();
        signedIn.as("instructor");
        String course = drafts.create(id("conflict"), Language.EN, "Two sessions");
        String module = modules.add(course, Language.EN, "One");
        String lesson = lessons.add(course, module, Language.EN, "Shared lesson");
        signedIn.as("admin");
        authorship.add(course, other, AuthorRole.COAUTHOR);

        signedIn.as("instructor");
        int mine = lessons.read(course, module, lesson, Language.EN).revision();
        signedIn.as(other);
        int theirs = lessons.read(course, module, lesson, Language.EN).revision();
        assertThat(theirs).isEqualTo(mine);

        signedIn.as("instructor");
        int saved = lessons.save(course, module, lesson, Language.EN, text("Shared lesson", "The owner’s text."), mine);
        assertThat(saved).isGreaterThan(mine);

        signedIn.as(other);
        Conflict conflict = catchThrowableOfType(
                Conflict.class,
                () -> lessons.save(
                        course, module, lesson, Language.EN, text("Shared lesson", "The co-author’s text."), theirs));
        assertThat(conflict).as("the second save is refused").isNotNull();
        assertThat(conflict.by()).isEqualTo("instructor");
        assertThat(conflict.revision()).isEqualTo(saved);
        assertThat(conflict.theirs()).contains("The owner’s text.");
        assertThat(lessons.read(course, module, lesson, Language.EN).value().markdown())
                .as("nothing overwritten")
                .isEqualTo("The owner’s text.");

        int merged = lessons.save(
                course,
                module,
                lesson,
                Language.EN,
                text("Shared lesson", "The owner’s text. The co-author’s text."),
                conflict.revision());
        assertThat(merged).isEqualTo(saved + 1);
        assertThat(lessons.read(course, module, lesson, Language.EN).value().markdown())
                .isEqualTo("The owner’s text. The co-author’s text.");
    }

    @Test
    void settingsModulesAndQuizzesAlsoRefuseASaveBasedOnAnOlderRevision() {
        signedIn.as("instructor");
        String course = drafts.create(id("conflicts"), Language.EN, "Settings in two sessions");
        String module = modules.add(course, Language.EN, "One");

        Revised<CourseMeta> first = drafts.meta(course);
        Revised<CourseMeta> second = drafts.meta(course);
        drafts.saveMeta(course, first.value(), first.revision());
        assertThatThrownBy(() -> drafts.saveMeta(course, second.value(), second.revision()))
                .isInstanceOfSatisfying(
                        Conflict.class, conflict -> assertThat(conflict.by()).isEqualTo("instructor"));

        Revised<ModuleMeta> moduleMeta = modules.read(course, module);
        modules.save(course, module, texts(Language.EN, "One", Language.FR, "Un"), Map.of(), moduleMeta.revision());
        assertThatThrownBy(
                        () -> modules.save(course, module, moduleMeta.value().title(), Map.of(), moduleMeta.revision()))
                .isInstanceOf(Conflict.class);
        assertThat(modules.read(course, module).value().title()).containsEntry(Language.FR, "Un");

        Revised<QuizDraft> quiz = quizzes.read(course, module);
        quizzes.save(course, module, quizOf(gift(EN_GIFT), gift(FR_GIFT)), quiz.revision());
        QuizContent other = new QuizContent(
                50, 0, 0, false, 0, ShowCorrectAnswers.NEVER, true, Map.of(Language.EN, gift("::only::Only one.{T}")));
        assertThatThrownBy(() -> quizzes.save(course, module, other, quiz.revision()))
                .isInstanceOf(Conflict.class);
        assertThat(quizzes.read(course, module).value().quiz().questionCount())
                .as("the first quiz stays whole")
                .isEqualTo(2);
    }

    // ---- point 3: media

    @Test
    void mediaIsJudgedByItsBytesAndEachLessonShowsItsMediaSize() throws IOException {
        signedIn.as("instructor");
        String course = drafts.create(id("media"), Language.EN, "Slides and pictures");
        String module = modules.add(course, Language.EN, "One");
        String lesson = lessons.add(course, module, Language.EN, "With slides");
        byte[] png = Files.readAllBytes(FLAGSHIP_FOLDER.resolve("01-what-is-ai/media/training-and-inference.en.png"));
        byte[] svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> lessonFiles.addMedia(course, module, "slides", "talk.pdf", png))
                .isInstanceOfSatisfying(
                        Refused.class,
                        refused -> assertThat(refused.key()).isEqualTo("editor.refused.media-type.slides"));
        assertThatThrownBy(() -> lessonFiles.addMedia(course, module, "image", "picture.png", svg))
                .isInstanceOfSatisfying(
                        Refused.class, refused -> assertThat(refused.key()).isEqualTo("editor.refused.media-svg"));
        byte[] pdf = pdf();
        String path = lessonFiles.addMedia(course, module, "slides", "talk.pdf", pdf);
        assertThat(path).isEqualTo("media/talk.pdf");
        assertThat(lessonFiles.addMedia(course, module, "slides", "talk.pdf", pdf))
                .as("the same file again is the same file")
                .isEqualTo(path);

        lessons.save(
                course,
                module,
                lesson,
                Language.EN,
                new LessonContent.LessonText("With slides", 10, Map.of("slides", path), "See the slides."),
                1);

        assertThat(drafts.outline(course)
                        .modules()
                        .getFirst()
                        .lessons()
                        .getFirst()
                        .mediaBytes())
                .containsEntry(Language.EN, (long) pdf.length);
        assertThat(lessonFiles.media(course, module + "/" + path))
                .hasValueSatisfying(media -> assertThat(media.contentType()).isEqualTo("application/pdf"));
    }

    // ---- point 2: structure and coverage

    @Test
    void modulesAndLessonsAreAddedMovedAndRemovedAndCoverageCountsCompleteLessons() {
        signedIn.as("instructor");
        String course = drafts.create(id("structure"), Language.EN, "Structure");
        Revised<CourseMeta> meta = drafts.meta(course);
        CourseMeta m = meta.value();
        drafts.saveMeta(
                course, m.withTitle(texts(Language.EN, "Structure", Language.FR, "Structure")), meta.revision());
        String basics = modules.add(course, Language.EN, "Basics");
        String more = modules.add(course, Language.EN, "More");
        assertThat(moduleOrder(course)).containsExactly(basics, more);
        modules.move(course, more, -1);
        assertThat(moduleOrder(course)).containsExactly(more, basics);
        modules.move(course, more, -5);
        assertThat(moduleOrder(course)).as("a move past the start stops there").containsExactly(more, basics);

        String one = lessons.add(course, basics, Language.EN, "One");
        String two = lessons.add(course, basics, Language.EN, "Two");
        String three = lessons.add(course, basics, Language.EN, "Three");
        assertThat(lessonOrder(course, basics)).containsExactly(one, two, three);
        lessons.move(course, basics, three, -2);
        assertThat(lessonOrder(course, basics)).containsExactly(three, one, two);
        lessons.move(course, basics, three, 1);
        assertThat(lessonOrder(course, basics)).containsExactly(one, three, two);
        lessons.remove(course, basics, one);
        assertThat(lessonOrder(course, basics)).containsExactly(three, two);
        assertThatThrownBy(() -> lessons.read(course, basics, one, Language.EN)).isInstanceOf(Refused.class);

        lessons.save(course, basics, three, Language.EN, text("Three", "Third."), 1);
        lessons.save(course, basics, two, Language.EN, text("Two", "Second."), 1);
        lessons.save(course, basics, two, Language.FR, text("Deux", "Deuxième."), 0);

        Outline outline = drafts.outline(course);
        assertThat(outline.coverage()).containsEntry(Language.EN, 100).containsEntry(Language.FR, 50);
        ModuleOutline basicsOutline = outline.modules().get(1);
        assertThat(basicsOutline.lessons())
                .extracting(LessonOutline::name, LessonOutline::complete)
                .containsExactly(
                        Tuple.tuple(three, Set.of(Language.EN)), Tuple.tuple(two, Set.of(Language.EN, Language.FR)));

        modules.remove(course, more);
        assertThat(moduleOrder(course)).containsExactly(basics);
    }

    // ---- the courses folder read at start-up

    @Test
    void theCoursesFolderNeverTakesACourseBackToTheVersionItHolds() {
        String course = "editing-folder-02";
        signedIn.as("admin");
        assertThat(catalog.current(course).orElseThrow().number()).isEqualTo(1);
        publishRevisedFirstLesson(course);

        ImportReport.Outcome reread = courseImport.reload().courses().stream()
                .filter(outcome -> outcome.courseId().equals(course))
                .findFirst()
                .orElseThrow();

        assertThat(reread.status()).isEqualTo(ImportReport.Status.UNCHANGED);
        assertThat(reread.version()).isEqualTo(2);
        PublishedVersion current = catalog.current(course).orElseThrow();
        assertThat(current.number()).isEqualTo(2);
        assertThat(current.content()
                        .modules()
                        .getFirst()
                        .lessons()
                        .getFirst()
                        .texts()
                        .get(Language.EN)
                        .markdown())
                .isEqualTo("Revised in the editor.");
    }

    // ---- helpers

    @Test
    void aLinkLeavingTheCourseFolderIsAProblemToPublishNotACourseThatCannotBeOpened() {
        signedIn.as("instructor");
        String course = drafts.create(id("outside"), Language.EN, "Outside");
        String module = modules.add(course, Language.EN, "Module");
        String lesson = lessons.add(course, module, Language.EN, "Lesson");
        lessons.save(
                course,
                module,
                lesson,
                Language.EN,
                text("Lesson", "See [the glossary](../../glossary.md) and ![a map](../../../map.png)."),
                lessons.read(course, module, lesson, Language.EN).revision());

        Outline outline = drafts.outline(course);
        assertThat(outline.modules().getFirst().lessons().getFirst().mediaBytes())
                .containsEntry(Language.EN, 0L);
        assertThat(publishing.check(course).problems())
                .extracting(FileProblem::message)
                .anyMatch(message -> message.contains("outside the course folder"));
    }

    private void publishRevisedFirstLesson(String course) {
        drafts.outline(course);
        Revised<LessonContent.LessonText> lesson = lessons.read(course, "01-intro", "01-one", Language.EN);
        lessons.save(
                course,
                "01-intro",
                "01-one",
                Language.EN,
                text(lesson.value().title(), "Revised in the editor."),
                lesson.revision());
        ImportReport.Outcome outcome = publishing.publish(course);
        assertThat(outcome.status()).isEqualTo(ImportReport.Status.NEW_VERSION);
        assertThat(outcome.version()).isEqualTo(2);
    }

    private List<String> moduleOrder(String course) {
        return drafts.outline(course).modules().stream()
                .map(module -> module.meta().folder())
                .toList();
    }

    private List<String> lessonOrder(String course, String module) {
        return modules.read(course, module).value().lessons();
    }

    /** A second instructor, created once by an administrator. */
    private String secondInstructor() {
        String username = "editing-instructor-2";
        signedIn.as("admin");
        if (users.find(username).isEmpty()) {
            users.create(new AccountDetails(
                    username,
                    "Amina Bello",
                    username + "@passerelle.example",
                    "ng",
                    Language.EN,
                    Set.of(Role.INSTRUCTOR),
                    "a long enough password"));
        }
        signedIn.out();
        return username;
    }

    private static String id(String what) {
        return "editing-" + what + "-" + NEXT.incrementAndGet();
    }

    private static List<String> ids(List<EditableCourse> courses, String... mine) {
        Set<String> wanted = Set.of(mine);
        return courses.stream().map(EditableCourse::id).filter(wanted::contains).toList();
    }

    private static LessonContent.LessonText text(String title, String markdown) {
        return new LessonContent.LessonText(title, 10, Map.of(), markdown);
    }

    private static Map<Language, String> texts(Language first, String one, Language second, String two) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        texts.put(first, one);
        texts.put(second, two);
        return texts;
    }

    private static List<GiftQuestion> gift(String source) {
        GiftResult result = GiftFormat.read("quiz.gift", source);
        assertThat(result.problems()).isEmpty();
        return result.questions();
    }

    private static List<GiftQuestion> withoutLines(List<GiftQuestion> questions) {
        return questions.stream().map(GiftQuestion::withoutLine).toList();
    }

    private static QuizContent quizOf(List<ModuleContent> modules, String folder) {
        return modules.stream()
                .filter(module -> module.folder().equals(folder))
                .findFirst()
                .orElseThrow()
                .quiz();
    }

    private static QuizContent quizOf(List<GiftQuestion> en, List<GiftQuestion> fr) {
        Map<Language, List<GiftQuestion>> questions = new EnumMap<>(Language.class);
        questions.put(Language.EN, en);
        questions.put(Language.FR, fr);
        return new QuizContent(75, 2, 0, true, 0, ShowCorrectAnswers.AFTER_SUBMIT, true, questions);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] pdf() {
        try {
            return Files.readAllBytes(FLAGSHIP_FOLDER.resolve("01-what-is-ai/media/how-machines-learn.en.pdf"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
