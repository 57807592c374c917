package org.passerelle.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.assessment.GiftFormat;
import org.passerelle.assessment.GiftQuestion;
import org.passerelle.shared.FileProblem;
import org.passerelle.shared.Language;
import org.springframework.util.FileSystemUtils;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * The files of a course folder as the editor reads and writes them (docs/course-format.md). Reading is lenient,
 * because a draft may be unfinished; publishing checks everything with the importer's rules.
 */
final class DraftFormat {

    static final String COURSE = "course.yaml";
    static final String MODULE = "module.yaml";
    static final String QUIZ = "quiz.yaml";

    private DraftFormat() {}

    static String lessonPath(String module, String lesson, Language language) {
        return module + "/" + lesson + "." + language.code() + ".md";
    }

    static String giftPath(String module, Language language) {
        return module + "/quiz." + language.code() + ".gift";
    }

    // ---- course.yaml

    static CourseMeta readCourse(String id, byte[] bytes) {
        Map<String, Object> yaml = load(bytes);
        Language language = language(yaml.get("defaultLanguage"));
        Map<String, Object> completion = map(yaml.get("completion"));
        List<CourseContent.Author> authors = new ArrayList<>();
        for (Object item : list(yaml.get("authors"))) {
            Map<String, Object> author = map(item);
            authors.add(new CourseContent.Author(string(author.get("name")), nullable(author.get("affiliation"))));
        }
        Map<Language, List<String>> tags = new EnumMap<>(Language.class);
        map(yaml.get("tags"))
                .forEach((code, value) -> Language.ofCode(code)
                        .ifPresent(l -> tags.put(
                                l, list(value).stream().map(DraftFormat::string).toList())));
        return new CourseMeta(
                id,
                language,
                texts(yaml.get("title"), language),
                texts(yaml.get("description"), language),
                authors,
                yaml.get("level") == null ? ContentLimits.DEFAULT_LEVEL : string(yaml.get("level")),
                integer(yaml.get("estimatedHours"), ContentLimits.ESTIMATED_HOURS.byDefault()),
                tags,
                // Left out, learners may enrol themselves, as the importer reads it (docs/course-format.md).
                !Boolean.FALSE.equals(yaml.get("selfEnrolment")),
                integer(completion.get("quizPassingScore"), ContentLimits.PASSING_SCORE.byDefault()),
                list(yaml.get("modules")).stream().map(DraftFormat::string).toList());
    }

    static byte[] write(CourseMeta course) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("id", course.id());
        yaml.put("defaultLanguage", course.defaultLanguage().code());
        // An empty text is left out rather than written as {}: the importer then says it is missing.
        putTexts(yaml, "title", course.title());
        putTexts(yaml, "description", course.description());
        List<Map<String, Object>> authors = new ArrayList<>();
        for (CourseContent.Author author : course.authors()) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("name", author.name());
            if (author.affiliation() != null && !author.affiliation().isBlank()) {
                a.put("affiliation", author.affiliation());
            }
            authors.add(a);
        }
        yaml.put("authors", authors);
        yaml.put("level", course.level());
        yaml.put("estimatedHours", course.estimatedHours());
        Map<String, Object> tags = new LinkedHashMap<>();
        course.tags().forEach((language, list) -> {
            if (!list.isEmpty()) {
                tags.put(language.code(), list);
            }
        });
        if (!tags.isEmpty()) {
            yaml.put("tags", tags);
        }
        yaml.put("selfEnrolment", course.selfEnrolment());
        Map<String, Object> completion = new LinkedHashMap<>();
        completion.put("lessons", "all");
        completion.put("quizPassingScore", course.quizPassingScore());
        yaml.put("completion", completion);
        yaml.put("modules", course.modules());
        return dump(yaml);
    }

    // ---- module.yaml

    static ModuleMeta readModule(String folder, byte[] bytes, Language defaultLanguage) {
        Map<String, Object> yaml = load(bytes);
        return new ModuleMeta(
                folder,
                texts(yaml.get("title"), defaultLanguage),
                texts(yaml.get("description"), defaultLanguage),
                list(yaml.get("lessons")).stream().map(DraftFormat::string).toList(),
                nullable(yaml.get("quiz")));
    }

    static byte[] write(ModuleMeta module) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        putTexts(yaml, "title", module.title());
        putTexts(yaml, "description", module.description());
        yaml.put("lessons", module.lessons());
        if (module.quiz() != null) {
            yaml.put("quiz", module.quiz());
        }
        return dump(yaml);
    }

    // ---- lessons

    static LessonContent.LessonText readLesson(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Map<String, Object> front = Map.of();
        String body = text;
        if (text.startsWith("---\n")) {
            int end = text.indexOf("\n---", 3);
            if (end >= 0) {
                front = load(text.substring(4, end + 1).getBytes(StandardCharsets.UTF_8));
                int bodyStart = text.indexOf('\n', end + 1);
                body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
            }
        }
        Map<String, String> media = new LinkedHashMap<>();
        map(front.get("media")).forEach((kind, value) -> media.put(kind, string(value)));
        return new LessonContent.LessonText(
                front.get("title") == null ? "" : string(front.get("title")),
                integer(front.get("minutes"), ContentLimits.LESSON_MINUTES.byDefault()),
                media,
                body.strip());
    }

    static byte[] write(LessonContent.LessonText lesson) {
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("title", lesson.title());
        front.put("minutes", lesson.minutes());
        if (!lesson.media().isEmpty()) {
            front.put("media", new LinkedHashMap<>(lesson.media()));
        }
        String text = "---\n" + new String(dump(front), StandardCharsets.UTF_8) + "---\n\n"
                + lesson.markdown().strip().replace("\r\n", "\n") + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether a lesson text is ready to publish: a title and some text. */
    static boolean complete(LessonContent.LessonText lesson) {
        return !lesson.title().isBlank() && !lesson.markdown().isBlank();
    }

    // ---- quizzes

    /** The quiz of a module folder, read with the importer's rules from its files (path inside the module). */
    record QuizReading(QuizContent quiz, List<FileProblem> problems) {}

    static QuizReading readQuiz(String module, Map<String, byte[]> moduleFiles, Language defaultLanguage) {
        Path root = null;
        try {
            root = Files.createTempDirectory("passerelle-quiz");
            Path folder = Files.createDirectories(root.resolve(module));
            for (var file : moduleFiles.entrySet()) {
                Path target = folder.resolve(file.getKey()).normalize();
                if (target.startsWith(folder) && !file.getKey().contains("/")) {
                    Files.write(target, file.getValue());
                }
            }
            List<FileProblem> problems = new ArrayList<>();
            ContentFiles files = new ContentFiles(folder, module, problems);
            QuizContent quiz = QuizFiles.read(files, folder, folder.resolve(QUIZ), defaultLanguage)
                    .orElse(null);
            return new QuizReading(quiz, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (root != null) {
                FileSystemUtils.deleteRecursively(root.toFile());
            }
        }
    }

    /** quiz.yaml for these settings, naming one GIFT file per language that has questions. */
    static byte[] writeQuizSettings(QuizContent quiz) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("passingScore", quiz.passingScore());
        if (quiz.timeLimitMinutes() > 0) {
            yaml.put("timeLimitMinutes", quiz.timeLimitMinutes());
        }
        if (quiz.attempts() > 0) {
            yaml.put("attempts", quiz.attempts());
        }
        yaml.put("shuffle", quiz.shuffle());
        if (quiz.draw() > 0) {
            yaml.put("draw", quiz.draw());
        }
        yaml.put("showCorrectAnswers", quiz.showCorrectAnswers().inFile());
        Map<String, Object> gift = new LinkedHashMap<>();
        quiz.questions().keySet().forEach(language -> gift.put(language.code(), "quiz." + language.code() + ".gift"));
        yaml.put("gift", gift);
        return dump(yaml);
    }

    /** How many questions quiz.yaml itself holds (a quiz written in YAML rather than in GIFT files). */
    static int yamlQuestionCount(byte[] quizYaml) {
        return list(load(quizYaml).get("questions")).size();
    }

    /** The GIFT files a quiz's settings name, relative to the module folder. */
    static List<String> giftFiles(byte[] settings) {
        return map(load(settings).get("gift")).values().stream()
                .map(DraftFormat::string)
                .filter(name -> !name.isEmpty())
                .toList();
    }

    static byte[] writeGift(List<GiftQuestion> questions) {
        return GiftFormat.write(questions).getBytes(StandardCharsets.UTF_8);
    }

    // ---- YAML

    private static Map<String, Object> load(byte[] bytes) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(10);
            Object loaded = new Yaml(new SafeConstructor(options)).load(new String(bytes, StandardCharsets.UTF_8));
            return map(loaded);
        } catch (RuntimeException e) {
            // A draft is only ever written by the editor or copied from an imported version; if it still cannot be
            // read, the editor starts from empty fields and publishing reports the file's problem precisely.
            return Map.of();
        }
    }

    private static byte[] dump(Map<String, Object> yaml) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(4096);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        return new Yaml(new Representer(options), options).dump(yaml).getBytes(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> result = new LinkedHashMap<>();
            ((Map<Object, Object>) map).forEach((k, v) -> result.put(String.valueOf(k), v));
            return result;
        }
        return Map.of();
    }

    private static List<Object> list(Object value) {
        return value instanceof List<?> list ? new ArrayList<>(list) : List.of();
    }

    private static String string(Object value) {
        return value == null ? "" : String.valueOf(value).strip();
    }

    private static String nullable(Object value) {
        return value == null || String.valueOf(value).isBlank()
                ? null
                : String.valueOf(value).strip();
    }

    private static int integer(Object value, int otherwise) {
        if (value instanceof Number number) {
            return number.intValue();
        }
        try {
            return value == null
                    ? otherwise
                    : Integer.parseInt(String.valueOf(value).strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static Language language(Object value) {
        return value == null ? Language.DEFAULT : Language.ofCode(string(value)).orElse(Language.DEFAULT);
    }

    private static Map<Language, String> texts(Object value, Language defaultLanguage) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        if (value instanceof String text) {
            texts.put(defaultLanguage, text.strip());
        }
        map(value)
                .forEach((code, text) -> Language.ofCode(code)
                        .filter(l -> l.code().equals(code))
                        .ifPresent(l -> texts.put(l, string(text))));
        return texts;
    }

    private static void putTexts(Map<String, Object> yaml, String key, Map<Language, String> texts) {
        Map<String, String> codes = codes(texts);
        if (!codes.isEmpty()) {
            yaml.put(key, codes);
        }
    }

    private static Map<String, String> codes(Map<Language, String> texts) {
        Map<String, String> codes = new LinkedHashMap<>();
        texts.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                codes.put(language.code(), text.strip());
            }
        });
        return codes;
    }
}
