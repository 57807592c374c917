package org.passerelle.learning;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Recomputes an enrolment's progress after a lesson completion or a graded attempt, in the same transaction,
 * and completes the enrolment — publishing {@link CourseCompleted} — the moment the rule is met.
 */
@Component
class Progression {

    private final LessonProgresses lessonProgress;
    private final Attempts attempts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Progression(LessonProgresses lessonProgress, Attempts attempts, ApplicationEventPublisher events, Clock clock) {
        this.lessonProgress = lessonProgress;
        this.attempts = attempts;
        this.events = events;
        this.clock = clock;
    }

    /** The enrolment must be locked by the caller's transaction. */
    ProgressState recompute(Enrolment enrolment, CoursePath path) {
        Set<String> completed = new HashSet<>(lessonProgress.completedSteps(enrolment.id()));
        ProgressState state = ProgressState.of(path, completed, bestScores(enrolment.id()));
        if (enrolment.update(state, clock.instant())) {
            events.publishEvent(new CourseCompleted(
                    enrolment.id(),
                    enrolment.userId(),
                    enrolment.courseId(),
                    enrolment.versionId(),
                    enrolment.versionNumber(),
                    state.score(),
                    enrolment.completedAt()));
        }
        return state;
    }

    Map<String, BigDecimal> bestScores(long enrolmentId) {
        Map<String, BigDecimal> best = new HashMap<>();
        for (Object[] row : attempts.bestScores(enrolmentId)) {
            if (row[1] != null) {
                best.put((String) row[0], (BigDecimal) row[1]);
            }
        }
        return best;
    }
}
