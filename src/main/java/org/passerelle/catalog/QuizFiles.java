package org.passerelle.catalog;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passerelle.assessment.GiftFormat;
import org.passerelle.assessment.GiftQuestion;
import org.passerelle.assessment.GiftResult;
import org.passerelle.shared.Language;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a quiz: quiz.yaml's settings and its questions, from GIFT files per language or from YAML. */
final class QuizFiles {

    private QuizFiles() {}

    static Optional<QuizContent> read(ContentFiles files, Path folder, Path quizFile, Language defaultLanguage) {
        Optional<Node> node = files.text(quizFile).flatMap(text -> files.yaml(quizFile, text, 0));
        if (node.isEmpty()) {
            return Optional.empty();
        }
        YamlFields fields = files.fields(quizFile, node.get(), 0);
        int passingScore = fields.integer("passingScore", true, ContentLimits.PASSING_SCORE);
        int attempts = fields.integer("attempts", false, ContentLimits.QUIZ_ATTEMPTS);
        int timeLimit = fields.integer("timeLimitMinutes", false, ContentLimits.QUIZ_TIME_LIMIT_MINUTES);
        boolean shuffle = fields.bool("shuffle", false);
        int draw = fields.integer("draw", false, ContentLimits.QUIZ_DRAW);
        String written = fields.string("showCorrectAnswers", false);
        ShowCorrectAnswers show = written == null
                ? ShowCorrectAnswers.AFTER_SUBMIT
                : ShowCorrectAnswers.inFile(written).orElseGet(() -> {
                    fields.problem(
                            fields.node("showCorrectAnswers", false),
                            "'showCorrectAnswers' must be afterSubmit, afterPassing or never");
                    return ShowCorrectAnswers.AFTER_SUBMIT;
                });
        Map<Language, List<GiftQuestion>> questions = new EnumMap<>(Language.class);
        boolean hasGift = fields.has("gift");
        boolean hasQuestions = fields.has("questions");
        if (hasGift == hasQuestions) {
            fields.problem(
                    null,
                    "a quiz has either 'gift' (GIFT files per language) or 'questions', not "
                            + (hasGift ? "both" : "neither"));
        }
        if (hasGift) {
            gift(files, folder, quizFile, fields, defaultLanguage, questions);
        }
        if (hasQuestions) {
            questions.putAll(YamlQuestions.read(fields, defaultLanguage));
        }
        int count = questions.values().stream().mapToInt(List::size).max().orElse(0);
        if (draw > count) {
            fields.problem(
                    fields.node("draw", false), "'draw' asks for " + draw + " questions but the quiz has " + count);
        }
        fields.rejectUnknownKeys();
        return Optional.of(new QuizContent(passingScore, attempts, timeLimit, shuffle, draw, show, hasGift, questions));
    }

    static String tooLong(String id) {
        return "the question's title is " + id.length() + " characters long; " + ContentLimits.MAX_QUESTION_ID
                + " at most, since it identifies the question's answers";
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
                            } else if (question.title().length() > ContentLimits.MAX_QUESTION_ID) {
                                files.problem(path, question.line(), tooLong(question.title()));
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
}
