package org.passerelle.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.passerelle.assessment.GiftAnswer;
import org.passerelle.assessment.GiftQuestion;
import org.passerelle.assessment.Grading;
import org.passerelle.assessment.MatchPair;
import org.passerelle.assessment.Response;

/**
 * What a learner answers to a question, in the compact form the platform stores ({@link Response}): the
 * right answer, or a plausible wrong one (another choice, a near miss, half the matches); the grade comes
 * from the platform's own {@link Grading}, so stored fractions are what the platform would compute.
 */
final class GivenAnswers {

    private GivenAnswers() {}

    record Given(Response response, BigDecimal fraction) {}

    static Given answer(GiftQuestion question, boolean right, Random random, Collection<GiftQuestion> versions) {
        Response response = right ? rightAnswer(question) : wrongAnswer(question, random);
        return new Given(response, Grading.grade(question, response, versions).fraction());
    }

    static Response rightAnswer(GiftQuestion question) {
        return switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> Response.choices(positive(question));
            case TRUE_FALSE -> Response.truth(Boolean.TRUE.equals(question.answer()));
            case SHORT_ANSWER -> Response.text(best(question).text());
            case NUMERIC ->
                Response.text(best(question).min().stripTrailingZeros().toPlainString());
            case MATCHING -> Response.matches(matches(question));
        };
    }

    private static Response wrongAnswer(GiftQuestion question, Random random) {
        List<GiftAnswer> answers = question.answers();
        return switch (question.type()) {
            case SINGLE_CHOICE -> {
                List<Integer> wrong = IntStream.range(0, answers.size())
                        .filter(i -> !answers.get(i).correct())
                        .boxed()
                        .toList();
                yield Response.choices(List.of(wrong.get(random.nextInt(wrong.size()))));
            }
            case MULTIPLE_CHOICE -> {
                // Most miss one right choice; some also tick a wrong one.
                List<Integer> chosen = new ArrayList<>(positive(question));
                chosen.remove(random.nextInt(chosen.size()));
                List<Integer> wrong = IntStream.range(0, answers.size())
                        .filter(i -> !answers.get(i).correct())
                        .boxed()
                        .toList();
                if (!wrong.isEmpty() && (chosen.isEmpty() || random.nextInt(3) == 0)) {
                    chosen.add(wrong.get(random.nextInt(wrong.size())));
                }
                yield Response.choices(chosen);
            }
            case TRUE_FALSE -> Response.truth(!Boolean.TRUE.equals(question.answer()));
            case SHORT_ANSWER -> {
                // A near miss: the right words but one.
                String[] words = best(question).text().split(" ");
                yield Response.text(
                        words.length > 1
                                ? String.join(" ", List.of(words).subList(0, words.length - 1))
                                : words[0] + "x");
            }
            case NUMERIC -> {
                GiftAnswer best = best(question);
                yield Response.text(
                        best.max().add(best.max().abs()).add(BigDecimal.TEN).toPlainString());
            }
            case MATCHING -> {
                Map<Integer, Integer> matches = matches(question);
                int first = random.nextInt(matches.size());
                int second = (first + 1 + random.nextInt(matches.size() - 1)) % matches.size();
                int swapped = matches.get(first);
                matches.put(first, matches.get(second));
                matches.put(second, swapped);
                yield Response.matches(matches);
            }
        };
    }

    private static List<Integer> positive(GiftQuestion question) {
        return IntStream.range(0, question.answers().size())
                .filter(i -> question.answers().get(i).correct())
                .boxed()
                .toList();
    }

    private static GiftAnswer best(GiftQuestion question) {
        return question.answers().stream()
                .max(Comparator.comparing(GiftAnswer::weight))
                .orElseThrow();
    }

    private static Map<Integer, Integer> matches(GiftQuestion question) {
        List<String> rights = Grading.rights(question);
        List<MatchPair> pairs = question.pairs();
        Map<Integer, Integer> matches = new HashMap<>();
        for (int left = 0; left < pairs.size(); left++) {
            matches.put(left, rights.indexOf(pairs.get(left).right()));
        }
        return matches;
    }
}
