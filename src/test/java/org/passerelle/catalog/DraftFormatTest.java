package org.passerelle.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.shared.Language;

/** What the editor writes into a draft's files, it reads back the same, and so does the importer. */
class DraftFormatTest {

    static final String TRICKY_TITLE = "AI: a \"primer\" — l’IA : « guide » # not a comment";

    @Test
    void courseSettingsWithQuotesColonsAndEveryScriptComeBackTheSame() {
        CourseMeta meta = course(texts(
                Language.EN, "Description: two lines,\nsecond line with 'quotes' and \"more\".",
                Language.FR, "Déjà : « fini » ?"));

        CourseMeta read = DraftFormat.readCourse("draft-format", DraftFormat.write(meta));

        assertThat(read).isEqualTo(meta);
        assertThat(read.languages()).containsExactlyInAnyOrder(Language.EN, Language.FR, Language.AR, Language.ZH);
    }

    @Test
    void aCourseWithoutDescriptionIsWrittenWithoutOneSoTheImporterSaysItIsMissing(@TempDir Path root)
            throws IOException {
        CourseMeta meta = course(new EnumMap<>(Language.class));
        byte[] written = DraftFormat.write(meta);

        assertThat(DraftFormat.readCourse("draft-format", written)).isEqualTo(meta);
        Files.createDirectories(root.resolve("draft-format"));
        Files.write(root.resolve("draft-format/course.yaml"), written);
        CourseReading reading = CourseFiles.read(root, "draft-format");
        assertThat(reading.problems())
                .anySatisfy(
                        problem -> assertThat(problem.toString()).contains("course.yaml", "'description' is missing"));
    }

    @Test
    void lessonFrontMatterWithMediaAndAnAwkwardTitleComesBackTheSame() {
        Map<String, String> media = new LinkedHashMap<>();
        media.put("slides", "media/talk.pdf");
        media.put("video", "https://example.org/watch?v=1&list=a:b");
        media.put("transcript", "media/talk.en.txt");
        LessonContent.LessonText lesson = new LessonContent.LessonText(
                "Step 1: what is AI? « yes » — 2024",
                12,
                media,
                "# Heading\n\nText: with a colon.\n\n---\n\nAfter a rule.");

        assertThat(DraftFormat.readLesson(DraftFormat.write(lesson))).isEqualTo(lesson);
        for (String title : List.of("yes", "2024", "null", "- dash", "--- three dashes")) {
            LessonContent.LessonText plain = new LessonContent.LessonText(title, 5, Map.of(), "Body.");
            assertThat(DraftFormat.readLesson(DraftFormat.write(plain)).title())
                    .as("a title YAML could take for something else stays text")
                    .isEqualTo(title);
        }
    }

    @Test
    void moduleSettingsComeBackTheSameWithOrWithoutQuizAndDescription() {
        ModuleMeta full = new ModuleMeta(
                "01-basics",
                texts(Language.EN, "Basics: the \"first\" steps", Language.AR, "الأساسيات"),
                texts(Language.EN, "What: and why.", Language.AR, "ماذا ولماذا"),
                List.of("01-one", "02-two"),
                "quiz.yaml");
        ModuleMeta bare = new ModuleMeta(
                "02-more", texts(Language.FR, "Suite : « plus »"), new EnumMap<>(Language.class), List.of(), null);

        assertThat(DraftFormat.readModule("01-basics", DraftFormat.write(full), Language.EN))
                .isEqualTo(full);
        assertThat(DraftFormat.readModule("02-more", DraftFormat.write(bare), Language.FR))
                .isEqualTo(bare);
    }

    @Test
    void whatTheEditorWritesTheImporterReadsTheSame(@TempDir Path root) throws IOException {
        CourseMeta meta = course(texts(Language.EN, "A course: really.", Language.FR, "Un cours : vraiment."));
        meta = new CourseMeta(
                meta.id(),
                meta.defaultLanguage(),
                texts(Language.EN, TRICKY_TITLE, Language.FR, "L’IA : « guide »"),
                meta.description(),
                meta.authors(),
                meta.level(),
                meta.estimatedHours(),
                meta.tags(),
                meta.selfEnrolment(),
                meta.quizPassingScore(),
                List.of("01-basics"));
        Path course =
                Files.createDirectories(root.resolve("draft-format/01-basics")).getParent();
        Files.write(course.resolve("course.yaml"), DraftFormat.write(meta));
        Files.write(
                course.resolve("01-basics/module.yaml"),
                DraftFormat.write(new ModuleMeta(
                        "01-basics", texts(Language.EN, "Basics: one"), Map.of(), List.of("01-one"), null)));
        LessonContent.LessonText lesson =
                new LessonContent.LessonText("One: \"first\"", 7, Map.of("video", "https://example.org/v"), "Text.");
        Files.write(course.resolve("01-basics/01-one.en.md"), DraftFormat.write(lesson));

        CourseReading reading = CourseFiles.read(root, "draft-format");

        assertThat(reading.problems()).isEmpty();
        CourseContent content = reading.course();
        assertThat(content.title()).isEqualTo(meta.title());
        assertThat(content.description()).isEqualTo(meta.description());
        assertThat(content.authors()).isEqualTo(meta.authors());
        assertThat(content.tags()).isEqualTo(meta.tags());
        assertThat(content.selfEnrolment()).isFalse();
        assertThat(content.quizPassingScore()).isEqualTo(80);
        assertThat(content.modules().getFirst().title()).containsEntry(Language.EN, "Basics: one");
        assertThat(content.modules().getFirst().lessons().getFirst().texts().get(Language.EN))
                .isEqualTo(lesson);
    }

    private static CourseMeta course(Map<Language, String> description) {
        Map<Language, List<String>> tags = new EnumMap<>(Language.class);
        tags.put(Language.EN, List.of("No", "yes", "AI: policy"));
        tags.put(Language.ZH, List.of("人工智能"));
        return new CourseMeta(
                "draft-format",
                Language.EN,
                texts(
                        Language.EN,
                        TRICKY_TITLE,
                        Language.FR,
                        "L’IA : « guide »",
                        Language.AR,
                        "الذكاء الاصطناعي: دليل",
                        Language.ZH,
                        "人工智能：入门"),
                description,
                List.of(
                        new CourseContent.Author("Awa Diop: editor", "Université Cheikh Anta Diop, « Dakar »"),
                        new CourseContent.Author("李伟", null)),
                "intermediate",
                14,
                tags,
                false,
                80,
                List.of("01-basics", "02-more"));
    }

    private static Map<Language, String> texts(Object... pairs) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (int i = 0; i < pairs.length; i += 2) {
            texts.put((Language) pairs[i], (String) pairs[i + 1]);
        }
        return texts;
    }
}
