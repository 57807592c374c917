package org.passerelle.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Lays a learner's actions in one course out in time and turns them into rows: the enrolment (with the
 * progress the platform would have computed: steps done, next step, score, completion), a lesson progress
 * row per lesson opened, and the graded attempts with their answers.
 */
final class EnrolmentHistory {

    /** @param completedAt null unless the course was completed */
    record Result(Instant completedAt, BigDecimal score, Instant lastActivity) {}

    private EnrolmentHistory() {}

    static Result write(
            ScaleRows rows,
            long enrolmentId,
            Learner learner,
            ScaleCourse course,
            List<LearnerJourney.Action> actions,
            Instant enrolledAt,
            Long enrolledBy,
            Instant now,
            LongSupplier attemptIds,
            Random random) {
        Set<String> completed = new HashSet<>();
        Map<String, BigDecimal> best = new HashMap<>();
        for (LearnerJourney.Action action : actions) {
            if (action.attempt() != null) {
                best.merge(action.attempt().quiz(), action.attempt().score(), BigDecimal::max);
            } else if (action.completed()) {
                completed.add(action.step().key());
            }
        }
        boolean recomputed = !completed.isEmpty() || !best.isEmpty();
        int done = 0;
        String next = null;
        BigDecimal total = BigDecimal.ZERO;
        for (ScaleCourse.Step step : course.steps()) {
            boolean stepDone;
            if (step.isQuiz()) {
                BigDecimal score = best.getOrDefault(step.module(), BigDecimal.ZERO);
                stepDone = score.compareTo(new BigDecimal(step.passingScore())) >= 0;
                total = total.add(score);
            } else {
                stepDone = completed.contains(step.key());
            }
            if (stepDone) {
                done++;
            } else if (next == null) {
                next = step.key();
            }
        }
        BigDecimal score = recomputed && course.quizCount() > 0
                ? total.divide(new BigDecimal(course.quizCount()), 2, RoundingMode.HALF_UP)
                : null;
        Instant[] times = ActivityTimes.of(actions.size(), enrolledAt, now, !actions.isEmpty() && next == null, random);
        Instant previous = enrolledAt;
        for (int i = 0; i < actions.size(); i++) {
            LearnerJourney.Action action = actions.get(i);
            if (action.attempt() == null) {
                lesson(rows, enrolmentId, action, previous, times[i], random);
            } else {
                attempt(rows, attemptIds.getAsLong(), enrolmentId, learner.id(), action, previous, times[i]);
            }
            previous = times[i];
        }
        Instant last = actions.isEmpty() ? enrolledAt : times[times.length - 1];
        Instant completedAt = next == null ? last : null;
        rows.add(
                "learning_enrolment",
                enrolmentId,
                learner.id(),
                course.id(),
                course.versionId(),
                course.versionNumber(),
                enrolledAt,
                enrolledBy,
                course.steps().size(),
                done,
                next,
                last,
                completedAt,
                score,
                (long) (completed.size()
                        + actions.stream().filter(a -> a.attempt() != null).count()));
        return new Result(completedAt, score, last);
    }

    private static void lesson(
            ScaleRows rows, long enrolmentId, LearnerJourney.Action action, Instant previous, Instant at, Random r) {
        if (!action.completed()) {
            rows.add("learning_lesson_progress", enrolmentId, action.step().key(), at, null, 30 + r.nextInt(600));
            return;
        }
        double reading = action.step().minutes() * 60 * Math.exp(0.45 * r.nextGaussian());
        int seconds = (int) Math.clamp(reading, 60, 7200);
        Instant started = latest(previous, at.minusSeconds(seconds));
        rows.add("learning_lesson_progress", enrolmentId, action.step().key(), started, at, seconds);
    }

    private static void attempt(
            ScaleRows rows,
            long attemptId,
            long enrolmentId,
            long userId,
            LearnerJourney.Action action,
            Instant previous,
            Instant submitted) {
        QuizTaking.Taken taken = action.attempt();
        Instant started = latest(previous, submitted.minusSeconds(taken.seconds()));
        int limit = action.step().quiz().timeLimitMinutes();
        rows.add(
                "learning_attempt",
                attemptId,
                enrolmentId,
                userId,
                taken.quiz(),
                taken.number(),
                taken.language().code(),
                started,
                limit > 0 ? started.plusSeconds(limit * 60L) : null,
                submitted,
                taken.score(),
                taken.passed(),
                taken.plan());
        long micros = ChronoUnit.MICROS.between(started, submitted);
        List<QuizTaking.Answered> answers = taken.answers();
        for (int i = 0; i < answers.size(); i++) {
            QuizTaking.Answered answer = answers.get(i);
            Instant saved = answer.response().blank()
                    ? submitted
                    : started.plus(micros * (i + 1) / (answers.size() + 1), ChronoUnit.MICROS);
            rows.add(
                    "learning_answer",
                    attemptId,
                    answer.questionId(),
                    answer.response().value(),
                    saved,
                    answer.fraction());
        }
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
