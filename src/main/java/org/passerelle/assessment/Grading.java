package org.passerelle.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Grades one response to one question as Moodle does: the share of the marks earned, between 0 and 1, and
 * the feedback the learner's answer calls for. Pure rules, no state.
 */
public final class Grading {

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private Grading() {}

    /**
     * @param fraction the share of the marks earned, 0 to 1
     * @param feedback what the chosen or typed answers say, in order, without the general feedback
     */
    public record Graded(BigDecimal fraction, List<String> feedback) {

        public boolean right() {
            return fraction.compareTo(BigDecimal.ONE) == 0;
        }
    }

    /**
     * Grades a response. Short answers are also compared with the versions of the question in the other
     * languages of the quiz ({@code alsoAccepted}), so a learner who switched language is not penalised.
     */
    public static Graded grade(GiftQuestion question, Response response, Collection<GiftQuestion> alsoAccepted) {
        return switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> choices(question, response.choices());
            case TRUE_FALSE -> truth(question, response.truth());
            case SHORT_ANSWER -> shortAnswer(question, response.value(), alsoAccepted);
            case NUMERIC -> numeric(question, response.value());
            case MATCHING -> matching(question, response.matches());
        };
    }

    public static Graded grade(GiftQuestion question, Response response) {
        return grade(question, response, List.of());
    }

    /** The right-hand sides of a matching question, each once, in the order first written. */
    public static List<String> rights(GiftQuestion question) {
        return question.pairs().stream().map(MatchPair::right).distinct().toList();
    }

    private static Graded choices(GiftQuestion question, Set<Integer> chosen) {
        BigDecimal total = BigDecimal.ZERO;
        List<String> feedback = new ArrayList<>();
        for (int index : chosen) {
            if (index < question.answers().size()) {
                GiftAnswer answer = question.answers().get(index);
                total = total.add(answer.weight());
                addFeedback(feedback, answer.feedback());
            }
        }
        return new Graded(clamp(total.divide(HUNDRED, 4, RoundingMode.HALF_UP)), feedback);
    }

    private static Graded truth(GiftQuestion question, Optional<Boolean> given) {
        if (given.isEmpty()) {
            return new Graded(BigDecimal.ZERO, List.of());
        }
        boolean right = given.get().equals(question.answer());
        List<String> feedback = new ArrayList<>();
        addFeedback(feedback, right ? question.feedbackIfRight() : question.feedbackIfWrong());
        return new Graded(right ? BigDecimal.ONE : BigDecimal.ZERO, feedback);
    }

    private static Graded shortAnswer(GiftQuestion question, String typed, Collection<GiftQuestion> alsoAccepted) {
        String given = normalise(typed);
        if (given.isEmpty()) {
            return new Graded(BigDecimal.ZERO, List.of());
        }
        GiftAnswer best = null;
        for (GiftQuestion version : withOthers(question, alsoAccepted)) {
            for (GiftAnswer answer : version.answers()) {
                if (normalise(answer.text()).equals(given)
                        && (best == null || answer.weight().compareTo(best.weight()) > 0)) {
                    best = answer;
                }
            }
        }
        return best(best);
    }

    private static Graded numeric(GiftQuestion question, String typed) {
        Optional<BigDecimal> number = number(typed);
        if (number.isEmpty()) {
            return new Graded(BigDecimal.ZERO, List.of());
        }
        GiftAnswer best = null;
        for (GiftAnswer answer : question.answers()) {
            boolean inside =
                    answer.min().compareTo(number.get()) <= 0 && answer.max().compareTo(number.get()) >= 0;
            if (inside && (best == null || answer.weight().compareTo(best.weight()) > 0)) {
                best = answer;
            }
        }
        return best(best);
    }

    private static Graded matching(GiftQuestion question, Map<Integer, Integer> matches) {
        List<String> rights = rights(question);
        int right = 0;
        for (int left = 0; left < question.pairs().size(); left++) {
            Integer chosen = matches.get(left);
            if (chosen != null
                    && chosen < rights.size()
                    && rights.get(chosen).equals(question.pairs().get(left).right())) {
                right++;
            }
        }
        BigDecimal fraction = question.pairs().isEmpty()
                ? BigDecimal.ZERO
                : new BigDecimal(right).divide(new BigDecimal(question.pairs().size()), 4, RoundingMode.HALF_UP);
        return new Graded(fraction, List.of());
    }

    /** A typed number, with a comma or a point as decimal separator and spaces between thousands. */
    public static Optional<BigDecimal> number(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip().replace("\u00A0", "").replace("\u202F", "").replace(" ", "");
        if (text.indexOf(',') >= 0 && text.indexOf('.') < 0) {
            text = text.replace(',', '.');
        }
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Graded best(GiftAnswer best) {
        if (best == null) {
            return new Graded(BigDecimal.ZERO, List.of());
        }
        List<String> feedback = new ArrayList<>();
        addFeedback(feedback, best.feedback());
        return new Graded(clamp(best.weight().divide(HUNDRED, 4, RoundingMode.HALF_UP)), feedback);
    }

    private static List<GiftQuestion> withOthers(GiftQuestion question, Collection<GiftQuestion> others) {
        List<GiftQuestion> all = new ArrayList<>();
        all.add(question);
        others.stream().filter(other -> other.type() == question.type()).forEach(all::add);
        return all;
    }

    private static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .strip()
                .replaceAll("\\s+", " ")
                .replace('’', '\'')
                .toLowerCase(Locale.ROOT);
    }

    private static void addFeedback(List<String> feedback, String text) {
        if (text != null && !text.isBlank()) {
            feedback.add(text);
        }
    }

    private static BigDecimal clamp(BigDecimal fraction) {
        if (fraction.signum() < 0) {
            return BigDecimal.ZERO;
        }
        return fraction.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : fraction;
    }
}
