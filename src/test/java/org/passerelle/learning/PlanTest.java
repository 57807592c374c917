package org.passerelle.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.passerelle.assessment.GiftFormat;
import org.passerelle.assessment.GiftQuestion;
import org.passerelle.catalog.QuizContent;
import org.passerelle.catalog.ShowCorrectAnswers;
import org.passerelle.shared.Language;

/** What an attempt asks, fixed when it starts: the questions drawn, their order and their choices' order. */
class PlanTest {

    static final List<GiftQuestion> BANK =
            GiftFormat.read("quiz.gift", LearningCourses.QUIZ).questions();

    static QuizContent quiz(boolean shuffle, int draw) {
        return new QuizContent(
                70, 0, 0, shuffle, draw, ShowCorrectAnswers.AFTER_SUBMIT, true, Map.of(Language.EN, BANK));
    }

    @Test
    void withoutShuffleOrDrawEveryQuestionIsAskedInTheOrderWritten() {
        Plan plan = Plan.draw(quiz(false, 0), BANK, new Random(1));
        assertThat(plan.questions())
                .extracting(Plan.Planned::id)
                .containsExactly("q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9", "q10");
        assertThat(plan.questions().get(1).order()).containsExactly(0, 1, 2);
    }

    @Test
    void aDrawAsksThatManyDifferentQuestionsFromTheBank() {
        for (int seed = 0; seed < 20; seed++) {
            Plan plan = Plan.draw(quiz(false, 4), BANK, new Random(seed));
            assertThat(plan.questions()).hasSize(4).extracting(Plan.Planned::id).doesNotHaveDuplicates();
        }
    }

    @Test
    void shufflingMixesQuestionsAndChoicesDifferentlyPerAttempt() {
        Plan first = Plan.draw(quiz(true, 0), BANK, new Random(1));
        Plan second = Plan.draw(quiz(true, 0), BANK, new Random(2));
        assertThat(first.questions())
                .extracting(Plan.Planned::id)
                .containsExactlyInAnyOrderElementsOf(
                        second.questions().stream().map(Plan.Planned::id).toList());
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void theSidesToMatchAreAlwaysMixed() {
        boolean mixed = false;
        for (int seed = 0; seed < 10; seed++) {
            Plan plan = Plan.draw(quiz(false, 0), BANK, new Random(seed));
            List<Integer> order = plan.questions().get(6).order();
            assertThat(order).containsExactlyInAnyOrder(0, 1, 2);
            mixed |= !order.equals(List.of(0, 1, 2));
        }
        assertThat(mixed).isTrue();
    }
}
