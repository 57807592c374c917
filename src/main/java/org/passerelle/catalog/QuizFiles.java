package org.passerelle.catalog;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.passerelle.assessment.GiftFormat;
import org.passerelle.assessment.GiftQuestion;
import org.passerelle.assessment.GiftResult;
import org.passerelle.shared.Language;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads a quiz: quiz.yaml's settings and its questions, from GIFT files per language or from YAML. */
final class QuizFiles {

    private static final Set<String> SHOW = Set.of("afterSubmit", "afterPassing", "never");
    private static final Set<String> TYPES =
            Set.of("single-choice", "multiple-choice", "true-false", "short-answer", "numeric", "matching");

    private QuizFiles() {}

    static Optional<QuizContent> read(ContentFiles files, Path folder, Path quizFile, Language defaultLanguage) {
        Optional<Node> node = files.text(quizFile).flatMap(text -> files.yaml(quizFile, text, 0));
        if (node.isEmpty()) {
            return Optional.empty();
        }
        YamlFields fields = files.fields(quizFile, node.get(), 0);
        int passingScore = fields.integer("passingScore", true, 0, 100, 70);
        int attempts = fields.integer("attempts", false, 0, 100, 0);
        int timeLimit = fields.integer("timeLimitMinutes", false, 0, 600, 0);
        boolean shuffle = fields.bool("shuffle", false);
        int draw = fields.integer("draw", false, 0, 1000, 0);
        String show =
                Optional.ofNullable(fields.string("showCorrectAnswers", false)).orElse("afterSubmit");
        if (!SHOW.contains(show)) {
            fields.problem(
                    fields.node("showCorrectAnswers", false),
                    "'showCorrectAnswers' must be afterSubmit, afterPassing or never");
        }
        Map<Language, List<GiftQuestion>> gift = new EnumMap<>(Language.class);
        List<String> yamlIds = new ArrayList<>();
        boolean hasGift = fields.has("gift");
        boolean hasQuestions = fields.has("questions");
        if (hasGift == hasQuestions) {
            fields.problem(
                    null,
                    "a quiz has either 'gift' (GIFT files per language) or 'questions', not "
                            + (hasGift ? "both" : "neither"));
        }
        if (hasGift) {
            gift(files, folder, quizFile, fields, defaultLanguage, gift);
        }
        if (hasQuestions) {
            yamlQuestions(fields, defaultLanguage, yamlIds);
        }
        int count = hasGift ? gift.values().stream().mapToInt(List::size).max().orElse(0) : yamlIds.size();
        if (draw > count) {
            fields.problem(
                    fields.node("draw", false), "'draw' asks for " + draw + " questions but the quiz has " + count);
        }
        fields.rejectUnknownKeys();
        return Optional.of(new QuizContent(passingScore, attempts, timeLimit, shuffle, draw, show, gift, yamlIds));
    }

    private static void gift(
            ContentFiles files,
            Path folder,
            Path quizFile,
            YamlFields fields,
            Language defaultLanguage,
            Map<Language, List<GiftQuestion>> questions) {
        Map<Language, String> paths = fields.texts("gift", true);
        if (!paths.isEmpty() && !paths.containsKey(defaultLanguage)) {
            fields.problem(
                    fields.node("gift", false),
                    "'gift' has no file for " + defaultLanguage.code() + ", the course's default language");
        }
        for (var entry : paths.entrySet()) {
            files.inside(folder, entry.getValue(), quizFile, fields.line(fields.node("gift", false)))
                    .ifPresent(path -> files.text(path).ifPresent(text -> {
                        GiftResult result = GiftFormat.read(files.display(path), text);
                        result.problems().forEach(p -> files.problem(path, p.line(), p.message()));
                        for (GiftQuestion question : result.questions()) {
                            if (question.title() == null) {
                                files.problem(
                                        path,
                                        question.line(),
                                        "each question needs a ::title:: so that its languages can be matched");
                            }
                        }
                        if (result.ok()) {
                            questions.put(entry.getKey(), result.questions());
                        }
                    }));
        }
        List<GiftQuestion> reference = questions.get(defaultLanguage);
        if (reference == null || questions.size() < paths.size()) {
            return;
        }
        for (var entry : questions.entrySet()) {
            if (entry.getKey() == defaultLanguage) {
                continue;
            }
            List<String> expected = reference.stream()
                    .map(q -> q.title() + " (" + q.type() + ")")
                    .toList();
            List<String> actual = entry.getValue().stream()
                    .map(q -> q.title() + " (" + q.type() + ")")
                    .toList();
            if (!expected.equals(actual)) {
                Path file = folder.resolve(paths.get(entry.getKey()));
                files.problem(
                        file,
                        1,
                        "the questions differ from the " + defaultLanguage.code() + " file: expected " + expected
                                + " in this order, found " + actual);
            }
        }
    }

    private static void yamlQuestions(YamlFields fields, Language defaultLanguage, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (Node item : fields.list("questions", true)) {
            YamlFields q = fields.fields(item);
            String id = q.string("id", true);
            if (id != null && !seen.add(id)) {
                q.problem(item, "question id '" + id + "' is used twice");
            }
            String type = q.string("type", true);
            Map<Language, String> text = q.texts("text", true);
            CourseFiles.requireDefault(q, "text", text, defaultLanguage);
            q.texts("feedback", false);
            if (type != null && !TYPES.contains(type)) {
                q.problem(q.node("type", false), "unknown question type '" + type + "': use " + TYPES);
            } else if (type != null) {
                questionBody(q, type, defaultLanguage);
            }
            q.rejectUnknownKeys();
            if (id != null) {
                ids.add(id);
            }
        }
    }

    private static void questionBody(YamlFields q, String type, Language defaultLanguage) {
        switch (type) {
            case "single-choice", "multiple-choice" -> {
                List<Node> choices = q.list("choices", true);
                int correct = 0;
                BigDecimal weights = BigDecimal.ZERO;
                for (Node choice : choices) {
                    YamlFields c = q.fields(choice);
                    CourseFiles.requireDefault(c, "text", c.texts("text", true), defaultLanguage);
                    c.texts("feedback", false);
                    if (type.equals("single-choice")) {
                        correct += Boolean.TRUE.equals(c.bool("correct", false)) ? 1 : 0;
                    } else {
                        Integer weight = c.integer("weight", false, -100, 100, 0);
                        weights = weights.add(BigDecimal.valueOf(Math.max(weight, 0)));
                    }
                    c.rejectUnknownKeys();
                }
                if (choices.size() < 2) {
                    q.problem(q.node("choices", false), "a choice question needs at least 2 choices");
                } else if (type.equals("single-choice") && correct != 1) {
                    q.problem(
                            q.node("choices", false),
                            "a single-choice question needs exactly one choice with " + "correct: true, found "
                                    + correct);
                } else if (type.equals("multiple-choice") && weights.compareTo(BigDecimal.valueOf(100)) != 0) {
                    q.problem(
                            q.node("choices", false),
                            "the positive weights add up to " + weights + " %: they must add up to 100 %");
                }
            }
            case "true-false" -> {
                if (!q.has("answer")) {
                    q.problem(null, "'answer' is missing: write answer: true or answer: false");
                }
                q.bool("answer", false);
            }
            case "short-answer" -> {
                Node accepted = q.node("accepted", true);
                if (accepted != null) {
                    YamlFields perLanguage = q.fields(accepted);
                    for (String code : perLanguage.keys()) {
                        perLanguage.strings(code, true);
                    }
                    if (!perLanguage.keys().contains(defaultLanguage.code())) {
                        q.problem(accepted, "'accepted' has no answers in " + defaultLanguage.code());
                    }
                }
            }
            case "numeric" -> {
                Node answer = q.node("answer", false);
                Node min = q.node("min", false);
                Node max = q.node("max", false);
                Node tolerance = q.node("tolerance", false);
                if (answer == null && (min == null || max == null)) {
                    q.problem(
                            null,
                            "a numeric question needs 'answer' (with an optional 'tolerance') or 'min' and 'max'");
                }
                BigDecimal low = number(q, min);
                BigDecimal high = number(q, max);
                number(q, answer);
                number(q, tolerance);
                if (low != null && high != null && low.compareTo(high) > 0) {
                    q.problem(min, "'min' is larger than 'max'");
                }
            }
            case "matching" -> {
                List<Node> pairs = q.list("pairs", true);
                for (Node pair : pairs) {
                    YamlFields p = q.fields(pair);
                    CourseFiles.requireDefault(p, "left", p.texts("left", true), defaultLanguage);
                    CourseFiles.requireDefault(p, "right", p.texts("right", true), defaultLanguage);
                    p.rejectUnknownKeys();
                }
                if (pairs.size() < 2) {
                    q.problem(q.node("pairs", false), "matching question needs at least 2 pairs");
                }
            }
            default -> {}
        }
    }

    private static BigDecimal number(YamlFields q, Node node) {
        if (node == null) {
            return null;
        }
        try {
            return new BigDecimal(((ScalarNode) node).getValue().strip());
        } catch (RuntimeException e) {
            q.problem(node, "'" + (node instanceof ScalarNode s ? s.getValue() : "?") + "' is not a number");
            return null;
        }
    }
}
