package org.passerelle.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.passerelle.shared.Language;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one module folder: module.yaml, its lessons in every language, and its quiz. */
final class ModuleFiles {

    private static final List<String> MEDIA = List.of("video", "transcript", "slides", "audio");
    private static final Map<String, FileType.Kind> MEDIA_KINDS =
            Map.of("transcript", FileType.Kind.TEXT, "slides", FileType.Kind.PDF, "audio", FileType.Kind.AUDIO);

    private ModuleFiles() {}

    static Optional<ModuleContent> read(ContentFiles files, Path folder, String name, Language defaultLanguage) {
        Path manifest = folder.resolve("module.yaml");
        Optional<Node> node = files.text(manifest).flatMap(text -> files.yaml(manifest, text, 0));
        if (node.isEmpty()) {
            return Optional.empty();
        }
        YamlFields fields = files.fields(manifest, node.get(), 0);
        Map<Language, String> title = fields.texts("title", true);
        CourseFiles.requireDefault(fields, "title", title, defaultLanguage);
        Map<Language, String> description = fields.texts("description", false);
        List<LessonContent> lessons = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String lesson : fields.strings("lessons", true)) {
            if (!seen.add(lesson)) {
                fields.problem(fields.node("lessons", false), "lesson '" + lesson + "' is listed twice");
            } else if (!CourseFiles.NAME.matcher(lesson).matches()) {
                fields.problem(
                        fields.node("lessons", false),
                        "lesson '" + lesson + "' must be a name of lower-case letters, digits and dashes");
            } else {
                lesson(files, folder, lesson, defaultLanguage, fields).ifPresent(lessons::add);
            }
        }
        String quizFile = fields.string("quiz", false);
        QuizContent quiz = null;
        if (quizFile != null) {
            Optional<Path> path = files.inside(folder, quizFile, manifest, fields.line(fields.node("quiz", false)));
            quiz = path.flatMap(p -> QuizFiles.read(files, folder, p, defaultLanguage))
                    .orElse(null);
        }
        fields.rejectUnknownKeys();
        return Optional.of(new ModuleContent(name, title, description, lessons, quiz));
    }

    private static Optional<LessonContent> lesson(
            ContentFiles files, Path folder, String lesson, Language defaultLanguage, YamlFields module) {
        Map<Language, LessonContent.LessonText> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Path file = folder.resolve(lesson + "." + language.code() + ".md");
            if (Files.isRegularFile(file)) {
                files.text(file)
                        .flatMap(text -> lessonText(files, folder, file, text))
                        .ifPresent(text -> texts.put(language, text));
            } else if (language == defaultLanguage) {
                module.problem(
                        module.node("lessons", false),
                        "lesson '" + lesson + "' has no " + lesson + "." + language.code()
                                + ".md in the course's default language");
            }
        }
        return texts.containsKey(defaultLanguage) ? Optional.of(new LessonContent(lesson, texts)) : Optional.empty();
    }

    private static Optional<LessonContent.LessonText> lessonText(
            ContentFiles files, Path folder, Path file, String text) {
        String normalised = text.replace("\r\n", "\n");
        if (!normalised.startsWith("---\n")) {
            files.problem(file, 1, "a lesson starts with front matter between --- lines (title, minutes)");
            return Optional.empty();
        }
        int end = normalised.indexOf("\n---", 3);
        if (end < 0) {
            files.problem(file, 1, "the front matter is never closed with a --- line");
            return Optional.empty();
        }
        String frontMatter = normalised.substring(4, end + 1);
        int bodyStart = normalised.indexOf('\n', end + 1);
        String body = bodyStart < 0 ? "" : normalised.substring(bodyStart + 1).strip();
        Optional<Node> node = files.yaml(file, frontMatter, 1);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        YamlFields fields = files.fields(file, node.get(), 1);
        String title = fields.string("title", true);
        int minutes = fields.integer("minutes", true, ContentLimits.LESSON_MINUTES);
        Map<String, String> media = new LinkedHashMap<>();
        Node mediaNode = fields.node("media", false);
        if (mediaNode != null) {
            YamlFields mediaFields = fields.fields(mediaNode);
            for (String kind : MEDIA) {
                String value = mediaFields.string(kind, false);
                if (value == null) {
                    continue;
                }
                int line = mediaFields.line(mediaFields.node(kind, false));
                if (kind.equals("video")) {
                    if (!value.startsWith("https://") && !value.startsWith("http://")) {
                        files.problem(file, line, "'video' must be an http(s) address");
                    }
                    media.put(kind, value);
                } else {
                    files.attachment(folder, value, file, line, MEDIA_KINDS.get(kind))
                            .ifPresent(path -> media.put(kind, value));
                }
            }
            mediaFields.rejectUnknownKeys();
        }
        fields.rejectUnknownKeys();
        if (body.isEmpty()) {
            files.problem(file, 1, "the lesson has no text after its front matter");
        } else {
            int bodyLine = lineOf(normalised, normalised.indexOf(body, bodyStart));
            for (SafeMarkdown.Reference reference : SafeMarkdown.relativeReferences(body)) {
                files.attachment(
                        folder,
                        reference.path(),
                        file,
                        bodyLine + reference.line(),
                        reference.image() ? FileType.Kind.IMAGE : FileType.Kind.ANY);
            }
        }
        return title == null
                ? Optional.empty()
                : Optional.of(new LessonContent.LessonText(title, minutes, media, body));
    }

    /** The 1-based line of a position in a text. */
    private static int lineOf(String text, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
