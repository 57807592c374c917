package org.passerelle.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Everything a cohort's page shows above its learners: the funnel, the quizzes and the weekly activity. */
public record CohortReport(CohortOverview overview, List<Stage> funnel, List<Quiz> quizzes, List<Week> weeks) {

    /** A module of a course: how many learners reached it and how many completed it. */
    public record Stage(String courseTitle, String moduleTitle, int reached, int completed) {}

    /** A quiz: learners who tried it, attempts, attempts passed, the average best score, and its questions. */
    public record Quiz(
            String courseTitle,
            String title,
            int learners,
            int attempts,
            int passedAttempts,
            BigDecimal averageBestScore,
            List<Question> questions) {

        /** Attempts passed in whole percent of attempts. */
        public int passRate() {
            return attempts == 0 ? 0 : passedAttempts * 100 / attempts;
        }
    }

    /** A question: graded answers and the share of the marks they earned (0–1). */
    public record Question(String id, String text, long answers, double shareCorrect) {}

    /** A week (from Monday): learners active, courses completed. */
    public record Week(LocalDate start, int active, int completions) {}
}
