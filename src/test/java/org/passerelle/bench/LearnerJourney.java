package org.passerelle.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What one learner does in one course: whether they start, how far they go (a funnel: most who stop do so in
 * the first modules), and their quiz attempts (a failed quiz is often tried again, up to the quiz's limit;
 * one failed for good or skipped stops 40 % of them, the others read on without being able to complete).
 * Times are laid out afterwards by {@link EnrolmentHistory}.
 */
final class LearnerJourney {

    /**
     * One thing the learner did, in order.
     *
     * @param completed for a lesson: completed (else only opened)
     * @param attempt for a quiz step: the attempt taken, else null
     */
    record Action(ScaleCourse.Step step, boolean completed, QuizTaking.Taken attempt) {}

    /** Chance of never opening the course, per course (the second course is started less often). */
    private final double neverStarts;

    /** Chance of stopping before each lesson, by module (index 0 = first module); later modules use the last. */
    private static final double[] STOP_BEFORE_LESSON = {0.035, 0.03, 0.025, 0.012, 0.009, 0.007};

    /** Chance of leaving a quiz undone for now, the same in every course: quizzes put some people off. */
    private static final double SKIP_QUIZ = 0.06;

    /** Multiplies the chances of stopping: below 1 for a course whose learners are the persevering ones. */
    private final double stopping;

    private final QuizTaking quizzes;

    LearnerJourney(double neverStarts, double stopping, QuizTaking quizzes) {
        this.neverStarts = neverStarts;
        this.stopping = stopping;
        this.quizzes = quizzes;
    }

    /** The learner's actions in the course, in order; empty when they never started it. */
    List<Action> walk(ScaleCourse course, Learner learner, Random random) {
        double reluctance = Math.exp(-0.6 * learner.engagement());
        List<Action> actions = new ArrayList<>();
        if (random.nextDouble() < Math.min(0.9, neverStarts * reluctance)) {
            return actions;
        }
        double quizReluctance = reluctance;
        reluctance *= stopping;
        List<String> modules = new ArrayList<>();
        for (ScaleCourse.Step step : course.steps()) {
            if (!modules.contains(step.module())) {
                modules.add(step.module());
            }
            int module = modules.size() - 1;
            if (!step.isQuiz()) {
                double stop = STOP_BEFORE_LESSON[Math.min(module, STOP_BEFORE_LESSON.length - 1)] * reluctance;
                if (!actions.isEmpty() && random.nextDouble() < stop) {
                    // Some open the lesson they stop at and never finish it.
                    if (random.nextBoolean()) {
                        actions.add(new Action(step, false, null));
                    }
                    return actions;
                }
                if (actions.isEmpty() && random.nextDouble() < 0.08 * reluctance) {
                    actions.add(new Action(step, false, null));
                    return actions;
                }
                actions.add(new Action(step, true, null));
                continue;
            }
            boolean skipped = random.nextDouble() < SKIP_QUIZ * quizReluctance;
            if (!skipped && !take(course, step, learner, actions, random)) {
                skipped = true;
            }
            // A quiz left undone (not taken, or failed for good) stops 40 % of them; the others read on,
            // since lessons stay open, but cannot complete the course.
            if (skipped && random.nextInt(10) < 4) {
                return actions;
            }
        }
        return actions;
    }

    /** Attempts until passed, the attempts run out, or the learner gives up; true when passed. */
    private boolean take(
            ScaleCourse course, ScaleCourse.Step step, Learner learner, List<Action> actions, Random random) {
        int limit = step.quiz().attempts() > 0 ? step.quiz().attempts() : 4;
        for (int number = 1; number <= limit; number++) {
            QuizTaking.Taken taken = quizzes.take(course, step, learner, number, random);
            actions.add(new Action(step, taken.passed(), taken));
            if (taken.passed()) {
                return true;
            }
            if (random.nextDouble() > (number == 1 ? 0.85 : 0.65)) {
                return false;
            }
        }
        return false;
    }
}
