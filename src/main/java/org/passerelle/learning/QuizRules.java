package org.passerelle.learning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.passerelle.catalog.QuizContent;

/**
 * What a quiz's rules mean for a learner's attempts: how an attempt is scored, which score passes, how many attempts
 * are left, when an attempt closes by itself. Pure rules over values: {@link QuizService} applies them to the stored
 * attempts, and they are tested without Spring.
 *
 * @param passingScore the lowest score that passes, in percent
 * @param attemptsAllowed how many attempts a learner may start; empty when unlimited
 * @param timeLimitMinutes how long an attempt may stay open; empty when as long as the learner likes
 */
record QuizRules(int passingScore, OptionalInt attemptsAllowed, OptionalInt timeLimitMinutes) {

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    /** The rules of a quiz as its course file writes them (0 attempts: unlimited; 0 minutes: no time limit). */
    static QuizRules of(QuizContent quiz, int passingScore) {
        return new QuizRules(
                passingScore,
                quiz.attempts() > 0 ? OptionalInt.of(quiz.attempts()) : OptionalInt.empty(),
                quiz.timeLimitMinutes() > 0 ? OptionalInt.of(quiz.timeLimitMinutes()) : OptionalInt.empty());
    }

    /**
     * The score of an attempt in percent, two decimals: the shares of the marks earned on each question asked (0 to
     * 1; an unanswered question earns 0), averaged. Every question weighs the same; no question asked scores 0.
     */
    static BigDecimal score(List<BigDecimal> fractions) {
        if (fractions.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal total = fractions.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return total.multiply(HUNDRED).divide(new BigDecimal(fractions.size()), 2, RoundingMode.HALF_UP);
    }

    /** Reaching the passing score is enough to pass. */
    static boolean passes(BigDecimal score, int passingScore) {
        return score.compareTo(new BigDecimal(passingScore)) >= 0;
    }

    boolean passes(BigDecimal score) {
        return passes(score, passingScore);
    }

    /** The attempts a learner may still start after {@code used} of them: never below 0, empty when unlimited. */
    OptionalInt attemptsLeft(int used) {
        return attemptsAllowed.isEmpty()
                ? OptionalInt.empty()
                : OptionalInt.of(Math.max(0, attemptsAllowed.getAsInt() - used));
    }

    /** Whether a learner who used {@code used} attempts may start another. */
    boolean allowsAnother(int used) {
        return attemptsAllowed.isEmpty() || used < attemptsAllowed.getAsInt();
    }

    /** When an attempt started at that instant closes by itself; empty without a time limit. */
    Optional<Instant> deadline(Instant startedAt) {
        return timeLimitMinutes.isEmpty()
                ? Optional.empty()
                : Optional.of(startedAt.plus(Duration.ofMinutes(timeLimitMinutes.getAsInt())));
    }

    /** An attempt is closed from its deadline on: an answer arriving at that very instant is already too late. */
    static boolean closed(Instant deadline, Instant now) {
        return !now.isBefore(deadline);
    }
}
