package org.passerelle.catalog.ui.edit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.passerelle.assessment.GiftAnswer;
import org.passerelle.assessment.GiftFormat;
import org.passerelle.assessment.GiftQuestion;
import org.passerelle.assessment.GiftResult;
import org.passerelle.assessment.MatchPair;
import org.passerelle.assessment.QuestionType;

/**
 * Turns a question as typed in the editor into a GIFT question, with the importer's rules said in the author's
 * words (exactly one right choice, credits adding up to 100 %, at least 2 pairs…). As a last check the question
 * is written as GIFT and read back: what the importer would refuse or read differently is refused here too.
 */
final class QuestionRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** What is wrong, as a translation key and its arguments. */
    record Problem(String key, List<Object> arguments) {
        static Problem of(String key, Object... arguments) {
            return new Problem(key, List.of(arguments));
        }
    }

    /** The question ready to save, or what prevents it. */
    record Outcome(GiftQuestion question, List<Problem> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    private QuestionRules() {}

    static Outcome check(EditedQuestion q) {
        List<Problem> problems = new ArrayList<>();
        String id = clean(q.id);
        if (id.isEmpty()) {
            problems.add(Problem.of("editor.quiz.problem.id"));
        }
        String text = clean(q.text);
        String after = clean(q.textAfter);
        if (text.isEmpty() && after.isEmpty()) {
            problems.add(Problem.of("editor.quiz.problem.text"));
        }
        List<GiftAnswer> answers = new ArrayList<>();
        List<MatchPair> pairs = new ArrayList<>();
        switch (q.type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> choices(q, answers, problems);
            case SHORT_ANSWER -> shortAnswers(q, answers, problems);
            case NUMERIC -> numbers(q, answers, problems);
            case MATCHING -> pairs(q, pairs, problems);
            case TRUE_FALSE -> {}
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        boolean truth = q.type == QuestionType.TRUE_FALSE;
        GiftQuestion question = new GiftQuestion(
                id,
                q.category,
                q.format,
                text,
                after.isEmpty() ? null : after,
                q.type,
                truth ? q.truth : null,
                truth ? orNull(q.feedbackIfRight) : null,
                truth ? orNull(q.feedbackIfWrong) : null,
                answers,
                pairs,
                orNull(q.generalFeedback),
                0);
        GiftResult read = GiftFormat.read("question", GiftFormat.write(List.of(question)));
        if (!read.ok()) {
            return new Outcome(
                    null,
                    List.of(Problem.of(
                            "editor.quiz.problem.gift",
                            read.problems().getFirst().message())));
        }
        if (!read.questions().getFirst().withoutLine().equals(question)) {
            return new Outcome(null, List.of(Problem.of("editor.quiz.problem.gift-changes")));
        }
        return new Outcome(question, List.of());
    }

    private static void choices(EditedQuestion q, List<GiftAnswer> answers, List<Problem> problems) {
        if (q.answers.size() < 2) {
            problems.add(Problem.of("editor.quiz.problem.choices"));
        }
        BigDecimal positive = BigDecimal.ZERO;
        int right = 0;
        for (int i = 0; i < q.answers.size(); i++) {
            EditedQuestion.Answer answer = q.answers.get(i);
            BigDecimal weight = weight(answer.weight, i, problems);
            if (clean(answer.text).isEmpty()) {
                problems.add(Problem.of("editor.quiz.problem.answer-empty", i + 1));
            }
            if (weight == null) {
                continue;
            }
            positive = weight.signum() > 0 ? positive.add(weight) : positive;
            right += weight.compareTo(HUNDRED) == 0 ? 1 : 0;
            answers.add(GiftAnswer.text(clean(answer.text), weight, orNull(answer.feedback)));
        }
        if (q.type == QuestionType.SINGLE_CHOICE && (right != 1 || positive.compareTo(HUNDRED) != 0)) {
            problems.add(Problem.of("editor.quiz.problem.one-right"));
        } else if (q.type == QuestionType.MULTIPLE_CHOICE
                && answers.size() == q.answers.size()
                && positive.compareTo(HUNDRED) != 0) {
            problems.add(Problem.of(
                    "editor.quiz.problem.weights-sum",
                    positive.stripTrailingZeros().toPlainString()));
        }
    }

    private static void shortAnswers(EditedQuestion q, List<GiftAnswer> answers, List<Problem> problems) {
        for (int i = 0; i < q.answers.size(); i++) {
            EditedQuestion.Answer answer = q.answers.get(i);
            BigDecimal weight = weight(answer.weight, i, problems);
            if (clean(answer.text).isEmpty()) {
                problems.add(Problem.of("editor.quiz.problem.answer-empty", i + 1));
            } else if (weight != null) {
                answers.add(GiftAnswer.text(clean(answer.text), weight, orNull(answer.feedback)));
            }
        }
        requireRight(answers, problems);
    }

    private static void numbers(EditedQuestion q, List<GiftAnswer> answers, List<Problem> problems) {
        for (int i = 0; i < q.answers.size(); i++) {
            EditedQuestion.Answer answer = q.answers.get(i);
            String value = clean(answer.text);
            if (value.isEmpty()) {
                if (orNull(answer.feedback) != null) {
                    answers.add(GiftAnswer.range(null, null, BigDecimal.ZERO, orNull(answer.feedback)));
                }
                continue;
            }
            BigDecimal weight = weight(answer.weight, i, problems);
            BigDecimal[] range = NumericAnswer.parse(value);
            if (range == null) {
                problems.add(Problem.of("editor.quiz.problem.number", i + 1));
            } else if (range[0].compareTo(range[1]) > 0) {
                problems.add(Problem.of("editor.quiz.problem.reversed", i + 1));
            } else if (weight != null) {
                answers.add(GiftAnswer.range(range[0], range[1], weight, orNull(answer.feedback)));
            }
        }
        requireRight(answers, problems);
    }

    private static void pairs(EditedQuestion q, List<MatchPair> pairs, List<Problem> problems) {
        if (q.pairs.size() < 2) {
            problems.add(Problem.of("editor.quiz.problem.pairs"));
        }
        for (int i = 0; i < q.pairs.size(); i++) {
            EditedQuestion.Pair pair = q.pairs.get(i);
            if (clean(pair.left).isEmpty() || clean(pair.right).isEmpty()) {
                problems.add(Problem.of("editor.quiz.problem.pair-empty", i + 1));
            } else {
                pairs.add(new MatchPair(clean(pair.left), clean(pair.right)));
            }
        }
    }

    private static void requireRight(List<GiftAnswer> answers, List<Problem> problems) {
        if (problems.isEmpty() && answers.stream().noneMatch(GiftAnswer::correct)) {
            problems.add(Problem.of("editor.quiz.problem.no-right"));
        }
    }

    private static @Nullable BigDecimal weight(String typed, int index, List<Problem> problems) {
        BigDecimal weight = NumericAnswer.number(typed == null ? "" : typed.replace("%", ""));
        if (weight == null || weight.abs().compareTo(HUNDRED) > 0) {
            problems.add(Problem.of("editor.quiz.problem.weight", index + 1));
            return null;
        }
        return weight;
    }

    private static String clean(@Nullable String text) {
        return text == null
                ? ""
                : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static @Nullable String orNull(@Nullable String text) {
        String cleaned = clean(text);
        return cleaned.isEmpty() ? null : cleaned;
    }
}
