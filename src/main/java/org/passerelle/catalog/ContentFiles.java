package org.passerelle.catalog;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.passerelle.shared.FileProblem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the files of one course folder safely: inside the folder, not too large, valid UTF-8. */
final class ContentFiles {

    private final Path courseFolder;
    private final String displayRoot;
    private final List<FileProblem> problems;
    private final Map<String, CourseReading.Attachment> attachments = new TreeMap<>();

    ContentFiles(Path courseFolder, String displayRoot, List<FileProblem> problems) {
        this.courseFolder = courseFolder.toAbsolutePath().normalize();
        this.displayRoot = displayRoot;
        this.problems = problems;
    }

    String display(Path file) {
        return displayRoot + "/"
                + courseFolder
                        .relativize(file.toAbsolutePath().normalize())
                        .toString()
                        .replace('\\', '/');
    }

    void problem(Path file, int line, String message) {
        problems.add(new FileProblem(display(file), line, message));
    }

    /** Resolves a path written in a content file, refusing anything that leaves the course folder. */
    Optional<Path> inside(Path base, String relative, Path writtenIn, int line) {
        Path resolved = base.resolve(relative).toAbsolutePath().normalize();
        if (relative.startsWith("/") || relative.contains("\\") || !resolved.startsWith(courseFolder)) {
            problem(writtenIn, line, "'" + relative + "' points outside the course folder");
            return Optional.empty();
        }
        if (!Files.isRegularFile(resolved)) {
            problem(writtenIn, line, "'" + relative + "' does not exist");
            return Optional.empty();
        }
        return sizeAllowed(resolved, writtenIn, line) ? Optional.of(resolved) : Optional.empty();
    }

    /**
     * A file learners will be served (an image, slides, a transcript, audio): inside the folder, of the kind
     * the reference needs, judged by its bytes. Returns its path inside the course folder.
     */
    Optional<String> attachment(Path base, String relative, Path writtenIn, int line, FileType.Kind kind) {
        Optional<Path> file = inside(base, relative, writtenIn, line);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.get());
        } catch (IOException e) {
            problem(writtenIn, line, "'" + relative + "' cannot be read");
            return Optional.empty();
        }
        Optional<FileType> type = FileType.of(bytes);
        if (type.isEmpty() || !kind.accepts(type.get())) {
            String found;
            if (FileType.looksLikeSvg(bytes)) {
                found = "it is an SVG image, refused because SVG can carry scripts; export it as PNG or WebP";
            } else {
                found = type.map(t -> "its content is " + t.kind.description)
                        .orElse("its bytes are of no kind Passerelle accepts");
            }
            problem(writtenIn, line, "'" + relative + "' must be " + kind.description + ", but " + found);
            return Optional.empty();
        }
        String path = courseFolder.relativize(file.get()).toString().replace('\\', '/');
        attachments.put(path, new CourseReading.Attachment(file.get(), type.get().contentType));
        return Optional.of(path);
    }

    /** The files learners may be served, by their path inside the course folder. */
    Map<String, CourseReading.Attachment> attachments() {
        return attachments;
    }

    private boolean sizeAllowed(Path file, Path writtenIn, int line) {
        try {
            long size = Files.size(file);
            if (size > ContentLimits.MAX_FILE_BYTES) {
                problem(
                        writtenIn,
                        line,
                        "'" + display(file) + "' is " + (size / (1024 * 1024))
                                + " MB; files in a course may have at most "
                                + (ContentLimits.MAX_FILE_BYTES / (1024 * 1024)) + " MB");
                return false;
            }
            return true;
        } catch (IOException e) {
            problem(writtenIn, line, "'" + display(file) + "' cannot be read");
            return false;
        }
    }

    /** The text of a file of the course, or empty after reporting why not. */
    Optional<String> text(Path file) {
        if (!Files.isRegularFile(file)) {
            problem(file, 1, "the file is missing");
            return Optional.empty();
        }
        if (!sizeAllowed(file, file, 1)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            problem(file, 1, "the file is not valid UTF-8 text");
        } catch (IOException e) {
            problem(file, 1, "the file cannot be read");
        }
        return Optional.empty();
    }

    /** The YAML document in a text, or empty after reporting where it is malformed. */
    Optional<Node> yaml(Path file, String text, int lineOffset) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true);
            options.setMaxAliasesForCollections(10);
            Node node = new Yaml(options).compose(new StringReader(text));
            if (node == null) {
                problem(file, 1 + lineOffset, "the YAML is empty");
            }
            return Optional.ofNullable(node);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            problem(file, line + lineOffset, "invalid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            problem(file, 1 + lineOffset, "invalid YAML: " + e.getMessage());
        }
        return Optional.empty();
    }

    YamlFields fields(Path file, Node node, int lineOffset) {
        return new YamlFields(display(file), lineOffset, node, problems);
    }
}
