package org.passerelle.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.passerelle.assessment.GiftAnswer;
import org.passerelle.assessment.GiftQuestion;
import org.passerelle.assessment.MatchPair;
import org.passerelle.assessment.QuestionType;
import org.passerelle.assessment.TextFormat;
import org.passerelle.shared.Language;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads questions written in quiz.yaml into the same questions GIFT gives, one list per language. A
 * language is kept only where every question has its text.
 */
final class YamlQuestions {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Map<String, QuestionType> TYPES = Map.of(
            "single-choice", QuestionType.SINGLE_CHOICE,
            "multiple-choice", QuestionType.MULTIPLE_CHOICE,
            "true-false", QuestionType.TRUE_FALSE,
            "short-answer", QuestionType.SHORT_ANSWER,
            "numeric", QuestionType.NUMERIC,
            "matching", QuestionType.MATCHING);

    private YamlQuestions() {}

    static Map<Language, List<GiftQuestion>> read(YamlFields fields, Language defaultLanguage) {
        Map<Language, List<GiftQuestion>> questions = new EnumMap<>(Language.class);
        Set<Language> complete = EnumSet.allOf(Language.class);
        Set<String> seen = new HashSet<>();
        for (Node item : fields.list("questions", true)) {
            YamlFields q = fields.fields(item);
            String id = q.string("id", true);
            if (id != null && !seen.add(id)) {
                q.problem(item, "question id '" + id + "' is used twice");
            }
            if (id != null && id.length() > ContentLimits.MAX_QUESTION_ID) {
                q.problem(item, QuizFiles.tooLong(id));
            }
            String typeName = q.string("type", true);
            Map<Language, String> text = q.texts("text", true);
            CourseFiles.requireDefault(q, "text", text, defaultLanguage);
            Map<Language, String> feedback = q.texts("feedback", false);
            QuestionType type = typeName == null ? null : TYPES.get(typeName);
            if (typeName != null && type == null) {
                q.problem(q.node("type", false), "unknown question type '" + typeName + "': use " + TYPES.keySet());
            }
            Function<Language, GiftQuestion> build = type == null ? null : body(q, type, defaultLanguage);
            q.rejectUnknownKeys();
            complete.retainAll(text.keySet());
            for (Language language : text.keySet()) {
                if (build != null && id != null) {
                    GiftQuestion shape = build.apply(language);
                    questions
                            .computeIfAbsent(language, l -> new ArrayList<>())
                            .add(new GiftQuestion(
                                    id,
                                    null,
                                    TextFormat.MARKDOWN,
                                    text.get(language),
                                    null,
                                    type,
                                    shape.answer(),
                                    null,
                                    null,
                                    shape.answers(),
                                    shape.pairs(),
                                    feedback.getOrDefault(language, feedback.get(defaultLanguage)),
                                    fields.line(item)));
                }
            }
        }
        questions.keySet().retainAll(complete);
        return questions;
    }

    /** What the question's type adds: choices, answer, accepted answers, numbers or pairs. */
    private static Function<Language, GiftQuestion> body(YamlFields q, QuestionType type, Language defaultLanguage) {
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> choices(q, type, defaultLanguage);
            case TRUE_FALSE -> {
                if (!q.has("answer")) {
                    q.problem(null, "'answer' is missing: write answer: true or answer: false");
                }
                Boolean answer = q.bool("answer", false);
                yield language -> shape(answer, List.of(), List.of());
            }
            case SHORT_ANSWER -> {
                Map<Language, List<String>> accepted = new EnumMap<>(Language.class);
                Node node = q.node("accepted", true);
                if (node != null) {
                    YamlFields perLanguage = q.fields(node);
                    for (String code : perLanguage.keys()) {
                        List<String> answers = perLanguage.strings(code, true);
                        Language.ofCode(code).ifPresent(language -> accepted.put(language, answers));
                    }
                    if (!accepted.containsKey(defaultLanguage)) {
                        q.problem(node, "'accepted' has no answers in " + defaultLanguage.code());
                    }
                }
                yield language -> shape(
                        null,
                        accepted.getOrDefault(language, accepted.getOrDefault(defaultLanguage, List.of())).stream()
                                .map(text -> GiftAnswer.text(text, HUNDRED, null))
                                .toList(),
                        List.of());
            }
            case NUMERIC -> numeric(q);
            case MATCHING -> {
                List<Node> pairNodes = q.list("pairs", true);
                List<Map<Language, String>> lefts = new ArrayList<>();
                List<Map<Language, String>> rights = new ArrayList<>();
                for (Node pair : pairNodes) {
                    YamlFields p = q.fields(pair);
                    Map<Language, String> left = p.texts("left", true);
                    Map<Language, String> right = p.texts("right", true);
                    CourseFiles.requireDefault(p, "left", left, defaultLanguage);
                    CourseFiles.requireDefault(p, "right", right, defaultLanguage);
                    p.rejectUnknownKeys();
                    lefts.add(left);
                    rights.add(right);
                }
                if (pairNodes.size() < 2) {
                    q.problem(q.node("pairs", false), "matching question needs at least 2 pairs");
                }
                yield language -> {
                    List<MatchPair> pairs = new ArrayList<>();
                    for (int i = 0; i < lefts.size(); i++) {
                        pairs.add(new MatchPair(
                                lefts.get(i).getOrDefault(language, lefts.get(i).get(defaultLanguage)),
                                rights.get(i)
                                        .getOrDefault(language, rights.get(i).get(defaultLanguage))));
                    }
                    return shape(null, List.of(), pairs);
                };
            }
        };
    }

    private static Function<Language, GiftQuestion> choices(YamlFields q, QuestionType type, Language defaultLanguage) {
        List<Node> nodes = q.list("choices", true);
        List<Map<Language, String>> texts = new ArrayList<>();
        List<Map<Language, String>> feedbacks = new ArrayList<>();
        List<BigDecimal> weights = new ArrayList<>();
        for (Node choice : nodes) {
            YamlFields c = q.fields(choice);
            Map<Language, String> text = c.texts("text", true);
            CourseFiles.requireDefault(c, "text", text, defaultLanguage);
            texts.add(text);
            feedbacks.add(c.texts("feedback", false));
            if (type == QuestionType.SINGLE_CHOICE) {
                weights.add(Boolean.TRUE.equals(c.bool("correct", false)) ? HUNDRED : BigDecimal.ZERO);
            } else {
                weights.add(BigDecimal.valueOf(c.integer("weight", false, ContentLimits.CHOICE_WEIGHT)));
            }
            c.rejectUnknownKeys();
        }
        BigDecimal positive = weights.stream().filter(w -> w.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
        long correct = weights.stream().filter(w -> w.signum() > 0).count();
        if (nodes.size() < 2) {
            q.problem(q.node("choices", false), "a choice question needs at least 2 choices");
        } else if (type == QuestionType.SINGLE_CHOICE && correct != 1) {
            q.problem(
                    q.node("choices", false),
                    "a single-choice question needs exactly one choice with " + "correct: true, found " + correct);
        } else if (type == QuestionType.MULTIPLE_CHOICE && positive.compareTo(HUNDRED) != 0) {
            q.problem(
                    q.node("choices", false),
                    "the positive weights add up to " + positive + " %: they must add up to 100 %");
        }
        return language -> {
            List<GiftAnswer> answers = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                answers.add(GiftAnswer.text(
                        texts.get(i).getOrDefault(language, texts.get(i).get(defaultLanguage)),
                        weights.get(i),
                        feedbacks.get(i).getOrDefault(language, feedbacks.get(i).get(defaultLanguage))));
            }
            return shape(null, answers, List.of());
        };
    }

    private static Function<Language, GiftQuestion> numeric(YamlFields q) {
        Node answerNode = q.node("answer", false);
        Node minNode = q.node("min", false);
        Node maxNode = q.node("max", false);
        Node toleranceNode = q.node("tolerance", false);
        BigDecimal answer = number(q, answerNode);
        BigDecimal tolerance = number(q, toleranceNode);
        BigDecimal min = number(q, minNode);
        BigDecimal max = number(q, maxNode);
        if (answerNode == null && (minNode == null || maxNode == null)) {
            q.problem(null, "a numeric question needs 'answer' (with an optional 'tolerance') or 'min' and 'max'");
        }
        if (answer != null) {
            BigDecimal t = tolerance == null ? BigDecimal.ZERO : tolerance.abs();
            min = answer.subtract(t);
            max = answer.add(t);
        } else if (min != null && max != null && min.compareTo(max) > 0) {
            q.problem(minNode, "'min' is larger than 'max'");
        }
        BigDecimal low = min;
        BigDecimal high = max;
        return language -> shape(
                null,
                low == null || high == null ? List.of() : List.of(GiftAnswer.range(low, high, HUNDRED, null)),
                List.of());
    }

    private static GiftQuestion shape(Boolean answer, List<GiftAnswer> answers, List<MatchPair> pairs) {
        return new GiftQuestion(
                null, null, TextFormat.MARKDOWN, "", null, null, answer, null, null, answers, pairs, null, 0);
    }

    private static @Nullable BigDecimal number(YamlFields q, @Nullable Node node) {
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
