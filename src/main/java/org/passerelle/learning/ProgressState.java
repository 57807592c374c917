package org.passerelle.learning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where a learner stands in a course version, computed from what they completed and their best quiz scores:
 * the completion rule is every lesson completed and every quiz passed.
 *
 * @param nextStep the key of the first step not done, or null when all are
 * @param score the average of the best scores of all quizzes (0 for one not taken), null without quizzes
 */
record ProgressState(int stepsDone, @Nullable String nextStep, boolean complete, BigDecimal score) {

    static ProgressState of(CoursePath path, Set<String> completedLessons, Map<String, BigDecimal> bestScores) {
        int done = 0;
        String next = null;
        BigDecimal total = BigDecimal.ZERO;
        int quizzes = 0;
        for (CoursePath.Step step : path.steps()) {
            boolean stepDone;
            if (step.kind() == CoursePath.Kind.LESSON) {
                stepDone = completedLessons.contains(step.key());
            } else {
                BigDecimal best = bestScores.getOrDefault(step.module(), BigDecimal.ZERO);
                stepDone = QuizRules.passes(best, step.passingScore());
                total = total.add(best);
                quizzes++;
            }
            if (stepDone) {
                done++;
            } else if (next == null) {
                next = step.key();
            }
        }
        BigDecimal score = quizzes == 0 ? null : total.divide(new BigDecimal(quizzes), 2, RoundingMode.HALF_UP);
        return new ProgressState(done, next, next == null, score);
    }
}
