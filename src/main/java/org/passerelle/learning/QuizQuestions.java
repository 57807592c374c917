package org.passerelle.learning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.passerelle.assessment.GiftAnswer;
import org.passerelle.assessment.GiftQuestion;
import org.passerelle.assessment.Grading;
import org.passerelle.assessment.MatchPair;
import org.passerelle.assessment.QuestionType;
import org.passerelle.assessment.Response;
import org.passerelle.catalog.QuizContent;
import org.passerelle.catalog.SafeMarkdown;
import org.passerelle.shared.Language;

/** The questions of a quiz in one language, and what a learner may see of them before and after grading. */
final class QuizQuestions {

    private final QuizContent quiz;
    private final Map<String, GiftQuestion> byId = new HashMap<>();
    private final List<GiftQuestion> bank;

    QuizQuestions(QuizContent quiz, Language language, Language fallback) {
        this.quiz = quiz;
        bank = List.copyOf(
                quiz.questions().getOrDefault(language, quiz.questions().get(fallback)));
        bank.forEach(question -> byId.put(question.title(), question));
    }

    /** The bank in the order written; the ids are the same in every language. */
    List<GiftQuestion> bank() {
        return bank;
    }

    GiftQuestion get(String id) {
        return byId.get(id);
    }

    /** The same question in every language of the quiz, for short answers typed in another language. */
    List<GiftQuestion> everyVersionOf(String id) {
        List<GiftQuestion> versions = new ArrayList<>();
        quiz.questions()
                .values()
                .forEach(list -> list.stream()
                        .filter(question -> question.title().equals(id))
                        .forEach(versions::add));
        return versions;
    }

    /** What the learner sees of a question while answering: text and choices, nothing that gives it away. */
    AttemptPage.Question asked(Plan.Planned planned) {
        GiftQuestion question = byId.get(planned.id());
        List<AttemptPage.Option> options = new ArrayList<>();
        List<String> lefts = List.of();
        if (Plan.isChoice(question)) {
            for (int index : planned.order()) {
                options.add(new AttemptPage.Option(
                        index,
                        inline(SafeMarkdown.render(
                                question.format(), question.answers().get(index).text()))));
            }
        } else if (question.type() == QuestionType.MATCHING) {
            List<String> rights = Grading.rights(question);
            for (int index : planned.order()) {
                options.add(new AttemptPage.Option(
                        index, inline(SafeMarkdown.render(question.format(), rights.get(index)))));
            }
            lefts = question.pairs().stream()
                    .map(pair -> inline(SafeMarkdown.render(question.format(), pair.left())))
                    .toList();
        }
        return new AttemptPage.Question(
                question.title(),
                question.type(),
                inline(SafeMarkdown.render(question.format(), question.text())),
                question.missingWord() ? inline(SafeMarkdown.render(question.format(), question.textAfter())) : null,
                List.copyOf(options),
                lefts);
    }

    AttemptResult.Question result(Plan.Planned planned, Response given, BigDecimal fraction, boolean showCorrect) {
        GiftQuestion question = byId.get(planned.id());
        Grading.Graded graded = Grading.grade(question, given, everyVersionOf(planned.id()));
        List<String> feedback = showCorrect
                ? graded.feedback().stream()
                        .map(text -> SafeMarkdown.render(question.format(), text))
                        .toList()
                : List.of();
        String general = showCorrect && question.generalFeedback() != null
                ? SafeMarkdown.render(question.format(), question.generalFeedback())
                : null;
        BigDecimal earned = fraction == null ? graded.fraction() : fraction;
        return new AttemptResult.Question(
                asked(planned),
                given,
                earned.compareTo(BigDecimal.ONE) == 0,
                earned,
                feedback,
                showCorrect ? correct(question) : null,
                general);
    }

    /**
     * A text of one paragraph without its paragraph, so that it can sit in a label, a heading or a sentence. Markdown
     * ends its paragraph with a line break, which does not count.
     */
    static String inline(String html) {
        String text = html.strip();
        if (text.startsWith("<p>") && text.endsWith("</p>") && text.indexOf("<p>", 3) < 0) {
            return text.substring(3, text.length() - 4);
        }
        return html;
    }

    /** The right answer, in the form a response takes. */
    static Response correct(GiftQuestion question) {
        return switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE ->
                Response.choices(IntStream.range(0, question.answers().size())
                        .filter(i -> question.answers().get(i).correct())
                        .boxed()
                        .toList());
            case TRUE_FALSE -> Response.truth(Boolean.TRUE.equals(question.answer()));
            case SHORT_ANSWER -> Response.text(best(question).text());
            case NUMERIC -> {
                GiftAnswer best = best(question);
                yield Response.text(
                        best.min().compareTo(best.max()) == 0
                                ? best.min().stripTrailingZeros().toPlainString()
                                : best.min().stripTrailingZeros().toPlainString() + " – "
                                        + best.max().stripTrailingZeros().toPlainString());
            }
            case MATCHING -> {
                List<String> rights = Grading.rights(question);
                Map<Integer, Integer> matches = new HashMap<>();
                List<MatchPair> pairs = question.pairs();
                for (int left = 0; left < pairs.size(); left++) {
                    matches.put(left, rights.indexOf(pairs.get(left).right()));
                }
                yield Response.matches(matches);
            }
        };
    }

    private static GiftAnswer best(GiftQuestion question) {
        return question.answers().stream()
                .max(Comparator.comparing(GiftAnswer::weight))
                .orElseThrow();
    }
}
