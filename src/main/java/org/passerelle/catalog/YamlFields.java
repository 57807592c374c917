package org.passerelle.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.passerelle.shared.FileProblem;
import org.passerelle.shared.Language;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one YAML mapping strictly: each key is read at most once, a missing required key and any key
 * nobody read are problems, and every problem carries the file and line it comes from.
 */
final class YamlFields {

    private final String file;
    private final int lineOffset;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> read = new HashSet<>();
    private final List<FileProblem> problems;

    YamlFields(String file, int lineOffset, Node node, List<FileProblem> problems) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.node = node;
        this.problems = problems;
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
                if (entries.put(key, tuple) != null) {
                    problem(tuple.getKeyNode(), "'" + key + "' appears twice");
                }
            }
        } else {
            problem(node, "expected a mapping of keys to values");
        }
    }

    int line(Node at) {
        return (at == null ? 0 : at.getStartMark().getLine()) + 1 + lineOffset;
    }

    void problem(Node at, String message) {
        problems.add(new FileProblem(file, line(at == null ? node : at), message));
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    @Nullable
    Node node(String key, boolean required) {
        read.add(key);
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            if (required) {
                problem(node, "'" + key + "' is missing");
            }
            return null;
        }
        return tuple.getValueNode();
    }

    @Nullable
    String string(String key, boolean required) {
        Node value = node(key, required);
        if (value == null) {
            return null;
        }
        if (!(value instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            problem(value, "'" + key + "' must be a non-empty text");
            return null;
        }
        return scalar.getValue().strip();
    }

    /** A whole number within its range; its default when it is left out or after reporting it as wrong. */
    int integer(String key, boolean required, ContentLimits.Range range) {
        Node value = node(key, required);
        if (value == null) {
            return range.byDefault();
        }
        try {
            int number = Integer.parseInt(((ScalarNode) value).getValue().strip());
            if (!range.allows(number)) {
                problem(value, "'" + key + "' must be between " + range.min() + " and " + range.max());
                return range.byDefault();
            }
            return number;
        } catch (RuntimeException e) {
            problem(value, "'" + key + "' must be a whole number");
            return range.byDefault();
        }
    }

    Boolean bool(String key, boolean fallback) {
        Node value = node(key, false);
        if (value == null) {
            return fallback;
        }
        String text = value instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
        if (!text.equals("true") && !text.equals("false")) {
            problem(value, "'" + key + "' must be true or false");
            return fallback;
        }
        return Boolean.parseBoolean(text);
    }

    /** A map from language code to text, e.g. {@code title: {en: …, fr: …}}. */
    Map<Language, String> texts(String key, boolean required) {
        Node value = node(key, required);
        Map<Language, String> texts = new EnumMap<>(Language.class);
        if (value == null) {
            return texts;
        }
        YamlFields languages = new YamlFields(file, lineOffset, value, problems);
        for (String code : languages.keys()) {
            Node text = languages.node(code, false);
            Optional<Language> language =
                    Language.ofCode(code).filter(l -> l.code().equals(code));
            if (language.isEmpty()) {
                languages.problem(text, "'" + code + "' is not a language: use ar, zh, en, fr, ru or es");
            } else if (!(text instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                languages.problem(text, "the " + code + " text of '" + key + "' is empty");
            } else {
                texts.put(language.get(), scalar.getValue().strip());
            }
        }
        return texts;
    }

    /** A list of texts, e.g. module folder names. */
    List<String> strings(String key, boolean required) {
        Node value = node(key, required);
        List<String> strings = new ArrayList<>();
        if (value == null) {
            return strings;
        }
        if (!(value instanceof SequenceNode sequence)) {
            problem(value, "'" + key + "' must be a list");
            return strings;
        }
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                strings.add(scalar.getValue().strip());
            } else {
                problem(item, "each item of '" + key + "' must be a text");
            }
        }
        if (required && strings.isEmpty()) {
            problem(value, "'" + key + "' must not be empty");
        }
        return strings;
    }

    List<Node> list(String key, boolean required) {
        Node value = node(key, required);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            problem(value, "'" + key + "' must be a list");
            return List.of();
        }
        return sequence.getValue();
    }

    YamlFields fields(Node value) {
        return new YamlFields(file, lineOffset, value, problems);
    }

    Set<String> keys() {
        return new LinkedHashSet<>(entries.keySet());
    }

    /** Reports every key that no reader asked for. */
    void rejectUnknownKeys() {
        for (var entry : entries.entrySet()) {
            if (!read.contains(entry.getKey())) {
                problem(entry.getValue().getKeyNode(), "unknown key '" + entry.getKey() + "'");
            }
        }
    }
}
