package org.passerelle.learning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.passerelle.assessment.GiftQuestion;
import org.passerelle.assessment.Grading;
import org.passerelle.assessment.QuestionType;
import org.passerelle.catalog.QuizContent;

/**
 * The questions of one attempt and the order of their choices, fixed when the attempt starts: a reload or
 * another device shows the same attempt.
 *
 * @param questions in the order asked
 */
record Plan(List<Planned> questions) {

    /**
     * @param id the question's id (its title, the same in every language)
     * @param order the choices (or, for matching, the right-hand sides) by index, in the order shown
     */
    record Planned(String id, List<Integer> order) {}

    static Plan draw(QuizContent quiz, List<GiftQuestion> bank, Random random) {
        List<GiftQuestion> chosen = new ArrayList<>(bank);
        if (quiz.draw() > 0 && quiz.draw() < chosen.size()) {
            List<Integer> indexes =
                    new ArrayList<>(IntStream.range(0, bank.size()).boxed().toList());
            Collections.shuffle(indexes, random);
            List<Integer> kept = new ArrayList<>(indexes.subList(0, quiz.draw()));
            if (!quiz.shuffle()) {
                Collections.sort(kept);
            }
            chosen = kept.stream().map(bank::get).toList();
        } else if (quiz.shuffle()) {
            Collections.shuffle(chosen, random);
        }
        List<Planned> planned = new ArrayList<>();
        for (GiftQuestion question : chosen) {
            int size = question.type() == QuestionType.MATCHING
                    ? Grading.rights(question).size()
                    : isChoice(question) ? question.answers().size() : 0;
            List<Integer> order =
                    new ArrayList<>(IntStream.range(0, size).boxed().toList());
            // Matching sides are always mixed, or their order would give the answer away.
            if (quiz.shuffle() || question.type() == QuestionType.MATCHING) {
                Collections.shuffle(order, random);
            }
            planned.add(new Planned(question.title(), List.copyOf(order)));
        }
        return new Plan(List.copyOf(planned));
    }

    static boolean isChoice(GiftQuestion question) {
        return question.type() == QuestionType.SINGLE_CHOICE || question.type() == QuestionType.MULTIPLE_CHOICE;
    }

    boolean has(String questionId) {
        return questions.stream().anyMatch(planned -> planned.id().equals(questionId));
    }
}
