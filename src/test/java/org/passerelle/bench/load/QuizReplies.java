package org.passerelle.bench.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.assessment.BestAnswer;
import org.passerelle.assessment.GiftQuestion;
import org.passerelle.assessment.Grading;
import org.passerelle.catalog.CourseFiles;
import org.passerelle.catalog.ModuleContent;
import org.passerelle.shared.Language;

/**
 * The right answer to each question of a flagship quiz, as the browser reports it: the expression the question's
 * page registered for its "change" event (it depends on the kind of question) and the value it computes.
 */
final class QuizReplies {

    /** What the browser sends for one question. */
    record Reply(String expression, String value) {}

    private static final String CHOICES =
            "Array.from(element.querySelectorAll('input:checked')).map(i => i.value).join(',')";
    private static final String TRUTH = "(element.querySelector('input:checked') || {value: ''}).value";
    private static final String TEXT = "element.querySelector('input').value";
    private static final String MATCHES = "Array.from(element.querySelectorAll('select')).filter(s => s.value !== '')"
            + ".map(s => s.dataset.left + '=' + s.value).join(';')";

    private final Map<String, Reply> replies = new HashMap<>();

    QuizReplies(String module) {
        ModuleContent content =
                CourseFiles.read(Path.of("courses"), SimulatedLearner.COURSE).course().modules().stream()
                        .filter(m -> m.folder().equals(module))
                        .findFirst()
                        .orElseThrow();
        for (GiftQuestion question : content.quiz().questions().get(Language.EN)) {
            replies.put("q-" + question.title(), reply(question));
        }
    }

    Reply to(String fieldsetId) {
        return replies.get(fieldsetId);
    }

    private static Reply reply(GiftQuestion question) {
        return switch (question.type()) {
            case SINGLE_CHOICE -> new Reply(CHOICES, String.valueOf(BestAnswer.of(question.answers())));
            case MULTIPLE_CHOICE -> {
                List<String> right = new ArrayList<>();
                for (int i = 0; i < question.answers().size(); i++) {
                    if (question.answers().get(i).correct()) {
                        right.add(String.valueOf(i));
                    }
                }
                yield new Reply(CHOICES, String.join(",", right));
            }
            case TRUE_FALSE -> new Reply(TRUTH, String.valueOf(question.answer()));
            case SHORT_ANSWER ->
                new Reply(
                        TEXT,
                        question.answers()
                                .get(BestAnswer.of(question.answers()))
                                .text());
            case NUMERIC ->
                new Reply(
                        TEXT,
                        question.answers()
                                .get(BestAnswer.of(question.answers()))
                                .min()
                                .stripTrailingZeros()
                                .toPlainString());
            case MATCHING -> {
                List<String> rights = Grading.rights(question);
                List<String> pairs = new ArrayList<>();
                for (int left = 0; left < question.pairs().size(); left++) {
                    pairs.add(left + "="
                            + rights.indexOf(question.pairs().get(left).right()));
                }
                yield new Reply(MATCHES, String.join(";", pairs));
            }
        };
    }
}
