package org.passerelle.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.passerelle.assessment.GiftQuestion;
import org.passerelle.assessment.Grading;
import org.passerelle.assessment.QuestionType;
import org.passerelle.assessment.Response;
import org.passerelle.catalog.QuizContent;
import org.passerelle.shared.Language;

/**
 * One graded attempt at a quiz, drawn as the platform draws it (questions and choices in the plan's order,
 * stored as the same JSON) and answered according to {@link AnswerOdds}; graded as the platform grades.
 */
final class QuizTaking {

    /** @param response empty when the question was left unanswered (saved when the attempt was graded) */
    record Answered(String questionId, Response response, BigDecimal fraction) {}

    /** @param seconds how long the attempt took, within the time limit if any */
    record Taken(
            String quiz,
            int number,
            Language language,
            String plan,
            List<Answered> answers,
            BigDecimal score,
            boolean passed,
            int seconds) {}

    private final AnswerOdds odds;

    QuizTaking(AnswerOdds odds) {
        this.odds = odds;
    }

    Taken take(ScaleCourse course, ScaleCourse.Step step, Learner learner, int number, Random random) {
        QuizContent quiz = step.quiz();
        Language language = course.shownTo(learner.language());
        List<GiftQuestion> chosen = draw(quiz, course.questions(quiz, language), random);
        List<String> planned = new ArrayList<>();
        List<Answered> answers = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (GiftQuestion question : chosen) {
            planned.add(planned(quiz, question, random));
            Answered answered;
            if (random.nextInt(50) == 0) {
                answered = new Answered(question.title(), new Response(""), BigDecimal.ZERO.setScale(4));
            } else {
                double p = odds.right(
                        course.id(),
                        step.module(),
                        question,
                        language,
                        learner.country().code(),
                        learner.ability(),
                        number);
                GivenAnswers.Given given = GivenAnswers.answer(
                        question, random.nextDouble() < p, random, course.everyVersionOf(quiz, question.title()));
                answered = new Answered(question.title(), given.response(), given.fraction());
            }
            answers.add(answered);
            total = total.add(answered.fraction());
        }
        BigDecimal score = chosen.isEmpty()
                ? BigDecimal.ZERO
                : total.multiply(new BigDecimal(100)).divide(new BigDecimal(chosen.size()), 2, RoundingMode.HALF_UP);
        int seconds = chosen.size() * (25 + random.nextInt(90));
        if (quiz.timeLimitMinutes() > 0) {
            seconds = Math.min(seconds, quiz.timeLimitMinutes() * 60 - 30);
        }
        return new Taken(
                step.module(),
                number,
                language,
                "{\"questions\":[" + String.join(",", planned) + "]}",
                answers,
                score,
                score.compareTo(new BigDecimal(step.passingScore())) >= 0,
                seconds);
    }

    /** The questions of an attempt, as the platform's plan draws them. */
    private static List<GiftQuestion> draw(QuizContent quiz, List<GiftQuestion> bank, Random random) {
        List<GiftQuestion> chosen = new ArrayList<>(bank);
        if (quiz.draw() > 0 && quiz.draw() < chosen.size()) {
            List<Integer> indexes =
                    new ArrayList<>(IntStream.range(0, bank.size()).boxed().toList());
            Collections.shuffle(indexes, random);
            List<Integer> kept = new ArrayList<>(indexes.subList(0, quiz.draw()));
            if (!quiz.shuffle()) {
                Collections.sort(kept);
            }
            return kept.stream().map(bank::get).toList();
        }
        if (quiz.shuffle()) {
            Collections.shuffle(chosen, random);
        }
        return chosen;
    }

    /** One question of the plan as JSON: its id and the order its choices (or right-hand sides) are shown in. */
    private static String planned(QuizContent quiz, GiftQuestion question, Random random) {
        boolean choice =
                question.type() == QuestionType.SINGLE_CHOICE || question.type() == QuestionType.MULTIPLE_CHOICE;
        int size = question.type() == QuestionType.MATCHING
                ? Grading.rights(question).size()
                : choice ? question.answers().size() : 0;
        List<Integer> order = new ArrayList<>(IntStream.range(0, size).boxed().toList());
        if (quiz.shuffle() || question.type() == QuestionType.MATCHING) {
            Collections.shuffle(order, random);
        }
        return "{\"id\":\"" + json(question.title()) + "\",\"order\":["
                + order.stream().map(String::valueOf).collect(Collectors.joining(",")) + "]}";
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
