package org.passerelle.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads the answers between a GIFT question's braces, deciding its type from how they are written. */
final class GiftAnswerSection {

    private static final BigDecimal HUNDRED = new BigDecimal(100);
    private static final Pattern WEIGHT = Pattern.compile("^\\s*%(-?\\d+(?:\\.\\d+)?)%");

    private GiftAnswerSection() {}

    static Answers read(GiftText t, int from, int to) {
        Answers result = new Answers();
        int general = t.findLast("####", from, to);
        int stop = to;
        if (general >= 0) {
            result.generalFeedback = blankToNull(t.text(general + 4, to).strip());
            stop = general;
        }
        int start = t.skipSpace(from, stop);
        if (start >= stop) {
            throw new GiftRefusal(
                    t.origin(from),
                    "essay questions (empty { }) cannot be graded automatically and are not supported; "
                            + "ask a multiple-choice or short-answer question instead");
        }
        if (t.syntax(start, '#')) {
            numeric(t, start + 1, stop, result);
            return result;
        }
        if (trueFalse(t, start, stop, result)) {
            return result;
        }
        List<Item> items = items(t, start, stop);
        boolean matching = items.stream().anyMatch(item -> t.find("->", item.from, item.to) >= 0);
        boolean anyWrong = items.stream().anyMatch(item -> item.marker == '~');
        if (matching) {
            matching(t, items, result);
        } else if (anyWrong) {
            choices(t, items, result, from);
        } else {
            result.type = QuestionType.SHORT_ANSWER;
            for (Item item : items) {
                result.answers.add(textAnswer(t, item, HUNDRED));
            }
        }
        return result;
    }

    private static boolean trueFalse(GiftText t, int start, int stop, Answers result) {
        int hash = t.find("#", start, stop);
        String word = t.text(start, hash < 0 ? stop : hash).strip().toUpperCase(Locale.ROOT);
        if (!Set.of("T", "F", "TRUE", "FALSE").contains(word)) {
            return false;
        }
        result.type = QuestionType.TRUE_FALSE;
        result.truth = word.startsWith("T");
        if (hash >= 0) {
            int second = t.find("#", hash + 1, stop);
            result.feedbackIfWrong =
                    blankToNull(t.text(hash + 1, second < 0 ? stop : second).strip());
            if (second >= 0) {
                result.feedbackIfRight = blankToNull(t.text(second + 1, stop).strip());
            }
        }
        return true;
    }

    private static void numeric(GiftText t, int start, int stop, Answers result) {
        result.type = QuestionType.NUMERIC;
        List<Item> items = new ArrayList<>();
        int first = t.skipSpace(start, stop);
        if (first < stop && !t.syntax(first, '=') && !t.syntax(first, '~')) {
            int next = nextMarker(t, first, stop);
            items.add(new Item('=', first, next));
            first = next;
        }
        items.addAll(items(t, first, stop));
        for (Item item : items) {
            if (item.marker == '~') {
                int hash = t.find("#", item.from, item.to);
                String feedback =
                        hash < 0 ? null : blankToNull(t.text(hash + 1, item.to).strip());
                result.answers.add(GiftAnswer.range(null, null, BigDecimal.ZERO, feedback));
                continue;
            }
            Weighted weighted = weighted(t, item, HUNDRED);
            int hash = t.find("#", weighted.from, item.to);
            String value = t.text(weighted.from, hash < 0 ? item.to : hash).strip();
            String feedback =
                    hash < 0 ? null : blankToNull(t.text(hash + 1, item.to).strip());
            result.answers.add(range(t, item, value, weighted.weight, feedback));
        }
        if (result.answers.stream().noneMatch(GiftAnswer::correct)) {
            throw new GiftRefusal(t.origin(start), "numeric question has no right answer: write {#value}");
        }
    }

    private static GiftAnswer range(GiftText t, Item item, String value, BigDecimal weight, String feedback) {
        try {
            int dots = value.indexOf("..");
            if (dots > 0) {
                BigDecimal min = number(value.substring(0, dots));
                BigDecimal max = number(value.substring(dots + 2));
                if (min.compareTo(max) > 0) {
                    throw new GiftRefusal(
                            t.origin(item.from),
                            "numeric range " + value + " is reversed: write the smaller number first");
                }
                return GiftAnswer.range(min, max, weight, feedback);
            }
            int colon = value.indexOf(':');
            if (colon > 0) {
                BigDecimal answer = number(value.substring(0, colon));
                BigDecimal tolerance = number(value.substring(colon + 1));
                if (tolerance.signum() < 0) {
                    throw new GiftRefusal(t.origin(item.from), "numeric tolerance " + value + " is negative");
                }
                return GiftAnswer.range(
                        normal(answer.subtract(tolerance)), normal(answer.add(tolerance)), weight, feedback);
            }
            BigDecimal answer = number(value);
            return GiftAnswer.range(answer, answer, weight, feedback);
        } catch (NumberFormatException e) {
            throw new GiftRefusal(t.origin(item.from), "numeric answer '" + value + "' is not a number");
        }
    }

    private static void matching(GiftText t, List<Item> items, Answers result) {
        result.type = QuestionType.MATCHING;
        for (Item item : items) {
            int arrow = t.find("->", item.from, item.to);
            if (item.marker != '=' || arrow < 0) {
                throw new GiftRefusal(t.origin(item.from), "each matching pair is written =left -> right");
            }
            String left = t.text(item.from, arrow).strip();
            String right = t.text(arrow + 2, item.to).strip();
            if (left.isEmpty() || right.isEmpty()) {
                throw new GiftRefusal(t.origin(item.from), "a matching pair has an empty side");
            }
            result.pairs.add(new MatchPair(left, right));
        }
        if (result.pairs.size() < 2) {
            throw new GiftRefusal(t.origin(items.getFirst().from), "matching question needs at least 2 pairs");
        }
    }

    private static void choices(GiftText t, List<Item> items, Answers result, int open) {
        long marked = items.stream().filter(item -> item.marker == '=').count();
        if (marked > 1) {
            throw new GiftRefusal(
                    t.origin(open),
                    "several answers are marked =: give each right answer a weight such as ~%50% instead");
        }
        for (Item item : items) {
            result.answers.add(textAnswer(t, item, item.marker == '=' ? HUNDRED : BigDecimal.ZERO));
        }
        BigDecimal positive = result.answers.stream()
                .map(GiftAnswer::weight)
                .filter(weight -> weight.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (positive.signum() == 0) {
            throw new GiftRefusal(
                    t.origin(open),
                    "multiple-choice question has no correct answer: mark one with = or give weights like ~%50%");
        }
        if (marked == 1 && positive.compareTo(HUNDRED) == 0) {
            result.type = QuestionType.SINGLE_CHOICE;
        } else if (positive.compareTo(HUNDRED) != 0) {
            throw new GiftRefusal(
                    t.origin(open),
                    "the weights of the right answers add up to "
                            + positive.stripTrailingZeros().toPlainString() + " %: they must add up to 100 %");
        } else {
            result.type = QuestionType.MULTIPLE_CHOICE;
        }
        if (result.answers.size() < 2) {
            throw new GiftRefusal(t.origin(open), "a multiple-choice question needs at least 2 choices");
        }
    }

    private static GiftAnswer textAnswer(GiftText t, Item item, BigDecimal defaultWeight) {
        Weighted weighted = weighted(t, item, defaultWeight);
        int hash = t.find("#", weighted.from, item.to);
        String text = t.text(weighted.from, hash < 0 ? item.to : hash).strip();
        if (text.isEmpty()) {
            throw new GiftRefusal(t.origin(item.from), "an answer is empty");
        }
        String feedback =
                hash < 0 ? null : blankToNull(t.text(hash + 1, item.to).strip());
        return GiftAnswer.text(text, weighted.weight, feedback);
    }

    private static Weighted weighted(GiftText t, Item item, BigDecimal defaultWeight) {
        String head = t.text(item.from, item.to);
        Matcher matcher = WEIGHT.matcher(head);
        if (matcher.find()) {
            BigDecimal weight = normal(new BigDecimal(matcher.group(1)));
            if (weight.abs().compareTo(HUNDRED) > 0) {
                throw new GiftRefusal(t.origin(item.from), "a weight must lie between -100 % and 100 %");
            }
            return new Weighted(weight, item.from + matcher.end());
        }
        if (head.stripLeading().startsWith("%")) {
            throw new GiftRefusal(
                    t.origin(item.from), "a weight is written as a percentage between % signs, e.g. ~%50%");
        }
        return new Weighted(defaultWeight, item.from);
    }

    /** Splits answers at each unescaped = or ~ that starts one. */
    private static List<Item> items(GiftText t, int from, int to) {
        List<Item> items = new ArrayList<>();
        int i = t.skipSpace(from, to);
        if (i < to && !t.syntax(i, '=') && !t.syntax(i, '~')) {
            throw new GiftRefusal(t.origin(i), "each answer starts with = (right) or ~ (wrong)");
        }
        while (i < to) {
            char marker = t.syntax(i, '=') ? '=' : '~';
            int next = nextMarker(t, i + 1, to);
            items.add(new Item(marker, i + 1, next));
            i = next;
        }
        return items;
    }

    private static int nextMarker(GiftText t, int from, int to) {
        for (int i = from; i < to; i++) {
            if ((t.syntax(i, '=') || t.syntax(i, '~')) && !t.syntax(i + 1, '>')) {
                return i;
            }
        }
        return to;
    }

    private static BigDecimal number(String text) {
        return normal(new BigDecimal(text.strip()));
    }

    private static BigDecimal normal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private record Item(char marker, int from, int to) {}

    private record Weighted(BigDecimal weight, int from) {}

    static final class Answers {
        QuestionType type;
        Boolean truth;
        String feedbackIfRight;
        String feedbackIfWrong;
        String generalFeedback;
        final List<GiftAnswer> answers = new ArrayList<>();
        final List<MatchPair> pairs = new ArrayList<>();
    }
}
