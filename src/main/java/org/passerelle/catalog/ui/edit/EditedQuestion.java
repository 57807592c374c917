package org.passerelle.catalog.ui.edit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.assessment.GiftAnswer;
import org.passerelle.assessment.GiftQuestion;
import org.passerelle.assessment.MatchPair;
import org.passerelle.assessment.QuestionType;
import org.passerelle.assessment.TextFormat;

/**
 * One question in one language as the quiz editor holds it while the author types: plain strings, so that a
 * half-typed weight or value stays as typed until the author fixes it. {@link QuestionRules} turns it into a
 * {@link GiftQuestion} or says what is wrong.
 */
final class EditedQuestion {

    /** A choice, an accepted short answer or a numeric value (blank value: feedback for any other answer). */
    static final class Answer {
        String text = "";
        String weight = "0";
        String feedback = "";

        Answer() {}

        Answer(String text, String weight, String feedback) {
            this.text = text;
            this.weight = weight;
            this.feedback = feedback;
        }
    }

    static final class Pair {
        String left = "";
        String right = "";

        Pair() {}

        Pair(String left, String right) {
            this.left = left;
            this.right = right;
        }
    }

    String id;
    String category;
    QuestionType type;
    TextFormat format = TextFormat.MARKDOWN;
    String text = "";
    String textAfter = "";
    boolean truth = true;
    String feedbackIfRight = "";
    String feedbackIfWrong = "";
    String generalFeedback = "";
    List<Answer> answers = new ArrayList<>();
    List<Pair> pairs = new ArrayList<>();

    /** A new question of a type, in Markdown, with the empty answers its type needs. */
    static EditedQuestion blank(String id, QuestionType type) {
        EditedQuestion question = new EditedQuestion();
        question.id = id;
        question.type = type;
        question.answers = defaultAnswers(type);
        question.pairs =
                type == QuestionType.MATCHING ? new ArrayList<>(List.of(new Pair(), new Pair())) : new ArrayList<>();
        return question;
    }

    static EditedQuestion of(GiftQuestion question) {
        EditedQuestion edited = new EditedQuestion();
        edited.id = question.title();
        edited.category = question.category();
        edited.type = question.type();
        edited.format = question.format();
        edited.text = question.text();
        edited.textAfter = orEmpty(question.textAfter());
        edited.truth = Boolean.TRUE.equals(question.answer());
        edited.feedbackIfRight = orEmpty(question.feedbackIfRight());
        edited.feedbackIfWrong = orEmpty(question.feedbackIfWrong());
        edited.generalFeedback = orEmpty(question.generalFeedback());
        for (GiftAnswer answer : question.answers()) {
            String text = question.type() == QuestionType.NUMERIC ? range(answer) : answer.text();
            edited.answers.add(new Answer(orEmpty(text), plain(answer.weight()), orEmpty(answer.feedback())));
        }
        for (MatchPair pair : question.pairs()) {
            edited.pairs.add(new Pair(pair.left(), pair.right()));
        }
        return edited;
    }

    /**
     * The same question to be translated: what does not depend on the language (type, format, weights, right
     * answers, numbers) is kept, every text is emptied.
     */
    EditedQuestion forTranslation() {
        EditedQuestion copy = new EditedQuestion();
        copy.id = id;
        copy.category = category;
        copy.type = type;
        copy.format = format;
        copy.truth = truth;
        for (Answer answer : answers) {
            copy.answers.add(new Answer(type == QuestionType.NUMERIC ? answer.text : "", answer.weight, ""));
        }
        pairs.forEach(pair -> copy.pairs.add(new Pair()));
        return copy;
    }

    /**
     * Changes the type, keeping the text and feedback: between single and multiple choice the choices stay (the
     * right choice gets all the credit); for other types the answers start again empty.
     */
    void changeType(QuestionType next) {
        if (next == type) {
            return;
        }
        boolean choices = isChoice(type) && isChoice(next);
        if (choices && next == QuestionType.SINGLE_CHOICE) {
            Answer best = answers.stream()
                    .filter(a -> weight(a).signum() > 0)
                    .max((a, b) -> weight(a).compareTo(weight(b)))
                    .orElse(answers.isEmpty() ? null : answers.getFirst());
            answers.forEach(a -> a.weight = a == best ? "100" : (weight(a).signum() > 0 ? "0" : a.weight));
        } else if (!choices) {
            answers = defaultAnswers(next);
        }
        pairs = next == QuestionType.MATCHING ? new ArrayList<>(List.of(new Pair(), new Pair())) : new ArrayList<>();
        type = next;
    }

    private static List<Answer> defaultAnswers(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE -> new ArrayList<>(List.of(new Answer("", "100", ""), new Answer("", "0", "")));
            case MULTIPLE_CHOICE -> new ArrayList<>(List.of(new Answer("", "50", ""), new Answer("", "50", "")));
            case SHORT_ANSWER, NUMERIC -> new ArrayList<>(List.of(new Answer("", "100", "")));
            case TRUE_FALSE, MATCHING -> new ArrayList<>();
        };
    }

    static boolean isChoice(QuestionType type) {
        return type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE;
    }

    private static BigDecimal weight(Answer answer) {
        try {
            return new BigDecimal(answer.weight.strip());
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    /** A numeric answer as the author writes it: {@code 2024}, {@code 4.5..5.5}, or blank for any other answer. */
    private static String range(GiftAnswer answer) {
        if (answer.min() == null) {
            return "";
        }
        return answer.min().compareTo(answer.max()) == 0
                ? answer.min().toPlainString()
                : answer.min().toPlainString() + ".." + answer.max().toPlainString();
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
