package org.passerelle.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.passerelle.catalog.QuizContent;
import org.passerelle.catalog.ShowCorrectAnswers;

/** How a learner's quiz attempts are scored, passed, counted and closed: no Spring, no database. */
class QuizRulesTest {

    static final QuizRules THREE_TRIES_OF_TWENTY_MINUTES = new QuizRules(70, OptionalInt.of(3), OptionalInt.of(20));
    static final QuizRules AS_OFTEN_AND_LONG_AS_YOU_LIKE = new QuizRules(70, OptionalInt.empty(), OptionalInt.empty());

    @Test
    void theScoreIsTheShareOfTheMarksEarnedOverEveryQuestionAsked() {
        assertThat(QuizRules.score(fractions("1", "1", "1", "1"))).isEqualByComparingTo("100");
        assertThat(QuizRules.score(fractions("1", "0.5", "0", "0.5"))).isEqualByComparingTo("50.00");
        assertThat(QuizRules.score(fractions("1", "1", "0")))
                .as("two of three, rounded to two decimals")
                .isEqualByComparingTo("66.67");
        assertThat(QuizRules.score(fractions("0.3333", "0", "0"))).isEqualByComparingTo("11.11");
        assertThat(QuizRules.score(fractions("0", "0"))).isEqualByComparingTo("0");
        assertThat(QuizRules.score(List.of()))
                .as("an attempt without questions")
                .isEqualByComparingTo("0");
    }

    @Test
    void reachingThePassMarkExactlyPassesAndAHundredthBelowDoesNot() {
        assertThat(THREE_TRIES_OF_TWENTY_MINUTES.passes(new BigDecimal("70.00")))
                .isTrue();
        assertThat(THREE_TRIES_OF_TWENTY_MINUTES.passes(new BigDecimal("69.99")))
                .isFalse();
        assertThat(THREE_TRIES_OF_TWENTY_MINUTES.passes(new BigDecimal("100"))).isTrue();
        assertThat(QuizRules.passes(QuizRules.score(fractions("1", "1", "0")), 67))
                .as("66.67 % is not 67 %")
                .isFalse();
        assertThat(QuizRules.passes(BigDecimal.ZERO, 0))
                .as("a quiz anyone passes")
                .isTrue();
    }

    @Test
    void attemptsLeftCountDownToNoneAndNeverBelow() {
        assertThat(THREE_TRIES_OF_TWENTY_MINUTES.attemptsLeft(0)).hasValue(3);
        assertThat(THREE_TRIES_OF_TWENTY_MINUTES.attemptsLeft(2)).hasValue(1);
        assertThat(THREE_TRIES_OF_TWENTY_MINUTES.attemptsLeft(3)).hasValue(0);
        assertThat(THREE_TRIES_OF_TWENTY_MINUTES.attemptsLeft(5))
                .as("more attempts than allowed (the limit was lowered later)")
                .hasValue(0);
        assertThat(THREE_TRIES_OF_TWENTY_MINUTES.allowsAnother(2)).isTrue();
        assertThat(THREE_TRIES_OF_TWENTY_MINUTES.allowsAnother(3)).isFalse();
    }

    @Test
    void aQuizWithoutALimitAlwaysAllowsAnotherAttemptAndCountsNone() {
        assertThat(AS_OFTEN_AND_LONG_AS_YOU_LIKE.attemptsLeft(0)).isEmpty();
        assertThat(AS_OFTEN_AND_LONG_AS_YOU_LIKE.attemptsLeft(1_000)).isEmpty();
        assertThat(AS_OFTEN_AND_LONG_AS_YOU_LIKE.allowsAnother(1_000)).isTrue();
    }

    @Test
    void anAttemptClosesAtItsDeadlineNotAMomentLater() {
        Instant started = Instant.parse("2027-03-01T09:00:00Z");
        Instant deadline = THREE_TRIES_OF_TWENTY_MINUTES.deadline(started).orElseThrow();
        assertThat(deadline).isEqualTo(started.plus(Duration.ofMinutes(20)));
        assertThat(QuizRules.closed(deadline, deadline.minusMillis(1))).isFalse();
        assertThat(QuizRules.closed(deadline, deadline))
                .as("an answer at the very deadline")
                .isTrue();
        assertThat(QuizRules.closed(deadline, deadline.plusSeconds(1))).isTrue();
        assertThat(AS_OFTEN_AND_LONG_AS_YOU_LIKE.deadline(started))
                .as("no time limit: the attempt stays open until submitted")
                .isEmpty();
    }

    @Test
    void theCourseFileWritesZeroForNoLimit() {
        QuizRules unlimited = QuizRules.of(quiz(0, 0), 80);
        assertThat(unlimited.attemptsAllowed()).isEmpty();
        assertThat(unlimited.timeLimitMinutes()).isEmpty();
        assertThat(unlimited.passingScore()).isEqualTo(80);
        QuizRules limited = QuizRules.of(quiz(2, 45), 80);
        assertThat(limited.attemptsAllowed()).hasValue(2);
        assertThat(limited.timeLimitMinutes()).hasValue(45);
    }

    private static List<BigDecimal> fractions(String... shares) {
        return Arrays.stream(shares).map(BigDecimal::new).toList();
    }

    private static QuizContent quiz(int attempts, int minutes) {
        return new QuizContent(80, attempts, minutes, false, 0, ShowCorrectAnswers.AFTER_SUBMIT, false, Map.of());
    }
}
