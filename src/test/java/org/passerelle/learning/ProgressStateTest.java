package org.passerelle.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The completion rule: every lesson completed and every quiz passed at its pass mark. */
class ProgressStateTest {

    static final CoursePath PATH = new CoursePath(List.of(
            new CoursePath.Step(CoursePath.Kind.LESSON, "m1", "a", "m1/a", 0),
            new CoursePath.Step(CoursePath.Kind.LESSON, "m1", "b", "m1/b", 0),
            new CoursePath.Step(CoursePath.Kind.QUIZ, "m1", null, "m1#quiz", 70),
            new CoursePath.Step(CoursePath.Kind.LESSON, "m2", "c", "m2/c", 0),
            new CoursePath.Step(CoursePath.Kind.QUIZ, "m2", null, "m2#quiz", 80)));

    @Test
    void theNextStepIsTheFirstNotDoneEvenWhenLaterOnesAre() {
        ProgressState state = ProgressState.of(PATH, Set.of("m1/b", "m2/c"), Map.of());
        assertThat(state.stepsDone()).isEqualTo(2);
        assertThat(state.nextStep()).isEqualTo("m1/a");
        assertThat(state.complete()).isFalse();
    }

    @Test
    void aQuizBelowItsPassMarkIsNotDone() {
        ProgressState state = ProgressState.of(
                PATH,
                Set.of("m1/a", "m1/b", "m2/c"),
                Map.of("m1", new BigDecimal("70"), "m2", new BigDecimal("79.99")));
        assertThat(state.nextStep()).isEqualTo("m2#quiz");
        assertThat(state.complete()).isFalse();
        assertThat(state.score()).isEqualByComparingTo("75.00");
    }

    @Test
    void everyLessonAndEveryQuizPassedCompletesTheCourseWithTheAverageBestScore() {
        ProgressState state = ProgressState.of(
                PATH, Set.of("m1/a", "m1/b", "m2/c"), Map.of("m1", new BigDecimal("100"), "m2", new BigDecimal("85")));
        assertThat(state.complete()).isTrue();
        assertThat(state.nextStep()).isNull();
        assertThat(state.stepsDone()).isEqualTo(5);
        assertThat(state.score()).isEqualByComparingTo("92.50");
    }
}
