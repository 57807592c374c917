package org.passerelle.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.passerelle.shared.FileProblem;
import org.passerelle.shared.Language;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads and validates one course folder completely (docs/course-format.md). Every problem found is
 * reported with its file and line; a course with any problem is not returned, so nothing of it is imported.
 */
public final class CourseFiles {

    /** Folder and lesson names: lower-case letters, digits and dashes. */
    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private CourseFiles() {}

    /**
     * @param coursesRoot the {@code courses/} folder
     * @param folderName the course folder inside it
     */
    public static CourseReading read(Path coursesRoot, String folderName) {
        List<FileProblem> problems = new ArrayList<>();
        Path folder = coursesRoot.resolve(folderName);
        String display = coursesRoot.getFileName() + "/" + folderName;
        ContentFiles files = new ContentFiles(folder, display, problems);
        Path manifest = folder.resolve("course.yaml");
        if (!Files.isRegularFile(manifest)) {
            problems.add(new FileProblem(display + "/course.yaml", 1, "the course manifest course.yaml is missing"));
            return new CourseReading(null, problems, Map.of());
        }
        CourseContent course = files.text(manifest)
                .flatMap(text -> files.yaml(manifest, text, 0))
                .map(node -> course(files, folder, folderName, manifest, node))
                .orElse(null);
        return new CourseReading(course, problems, files.attachments());
    }

    private static CourseContent course(ContentFiles files, Path folder, String folderName, Path manifest, Node node) {
        YamlFields fields = files.fields(manifest, node, 0);
        String id = fields.string("id", true);
        if (id != null && !id.equals(folderName)) {
            fields.problem(
                    fields.node("id", false),
                    "'id' is '" + id + "' but the folder is '" + folderName + "': they must be the same");
        }
        Language defaultLanguage = language(fields, "defaultLanguage");
        Map<Language, String> title = fields.texts("title", true);
        Map<Language, String> description = fields.texts("description", true);
        requireDefault(fields, "title", title, defaultLanguage);
        requireDefault(fields, "description", description, defaultLanguage);
        List<CourseContent.Author> authors = new ArrayList<>();
        for (Node author : fields.list("authors", true)) {
            YamlFields a = fields.fields(author);
            authors.add(new CourseContent.Author(a.string("name", true), a.string("affiliation", false)));
            a.rejectUnknownKeys();
        }
        if (fields.has("authors") && authors.isEmpty()) {
            fields.problem(fields.node("authors", false), "'authors' must name at least one author");
        }
        String level = fields.string("level", true);
        if (level != null && !ContentLimits.LEVELS.contains(level)) {
            fields.problem(fields.node("level", false), "'level' must be introductory, intermediate or advanced");
        }
        int hours = fields.integer("estimatedHours", true, ContentLimits.ESTIMATED_HOURS);
        Map<Language, List<String>> tags = new EnumMap<>(Language.class);
        Node tagsNode = fields.node("tags", false);
        if (tagsNode != null) {
            YamlFields perLanguage = fields.fields(tagsNode);
            for (String code : perLanguage.keys()) {
                Language.ofCode(code)
                        .filter(l -> l.code().equals(code))
                        .ifPresentOrElse(
                                language -> tags.put(language, perLanguage.strings(code, true)),
                                () -> perLanguage.problem(
                                        perLanguage.node(code, false), "'" + code + "' is not a language"));
            }
        }
        boolean selfEnrolment = fields.bool("selfEnrolment", true);
        int passing = ContentLimits.PASSING_SCORE.byDefault();
        Node completionNode = fields.node("completion", true);
        if (completionNode != null) {
            YamlFields completion = fields.fields(completionNode);
            String lessons = completion.string("lessons", true);
            if (lessons != null && !lessons.equals("all")) {
                completion.problem(completion.node("lessons", false), "'lessons' must be all");
            }
            passing = completion.integer("quizPassingScore", true, ContentLimits.PASSING_SCORE);
            completion.rejectUnknownKeys();
        }
        List<ModuleContent> modules = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Node> moduleNodes = fields.list("modules", true);
        if (fields.has("modules") && moduleNodes.isEmpty()) {
            fields.problem(fields.node("modules", false), "'modules' must list at least one module folder");
        }
        for (Node item : moduleNodes) {
            String name = item instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
            if (!seen.add(name)) {
                fields.problem(item, "module '" + name + "' is listed twice");
            } else if (!NAME.matcher(name).matches()) {
                fields.problem(
                        item, "module '" + name + "' must be a folder name of lower-case letters, digits and dashes");
            } else if (!Files.isDirectory(folder.resolve(name))) {
                fields.problem(item, "module '" + name + "' has no folder " + name + "/");
            } else {
                ModuleFiles.read(files, folder.resolve(name), name, defaultLanguage)
                        .ifPresent(modules::add);
            }
        }
        fields.rejectUnknownKeys();
        return new CourseContent(
                id, defaultLanguage, title, description, authors, level, hours, tags, selfEnrolment, passing, modules);
    }

    static Language language(YamlFields fields, String key) {
        String code = fields.string(key, true);
        if (code == null) {
            return Language.DEFAULT;
        }
        return Language.ofCode(code).filter(l -> l.code().equals(code)).orElseGet(() -> {
            fields.problem(fields.node(key, false), "'" + code + "' is not a language: use ar, zh, en, fr, ru or es");
            return Language.DEFAULT;
        });
    }

    static void requireDefault(YamlFields fields, String key, Map<Language, String> texts, Language language) {
        // An empty mapping ({}) has no text at all: as wrong as a missing default language, not a pass.
        boolean emptyMapping = fields.has(key)
                && fields.node(key, false) instanceof MappingNode mapping
                && mapping.getValue().isEmpty();
        if ((!texts.isEmpty() || emptyMapping) && !texts.containsKey(language)) {
            fields.problem(
                    fields.node(key, false),
                    "'" + key + "' has no " + language.code() + " text, the course's default language");
        }
    }
}
