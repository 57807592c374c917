package org.passerelle.learning;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LessonProgresses extends JpaRepository<LessonProgress, LessonProgress.Key> {

    /** Records that a lesson was opened; opening it again changes nothing. */
    @Modifying
    @Query(value = """
            insert ignore into learning_lesson_progress (enrolment_id, step, started_at, seconds_spent)
            values (:enrolmentId, :step, :at, 0)
            """, nativeQuery = true)
    int opened(long enrolmentId, String step, Instant at);

    /** Completes a lesson once: a second completion, even a racing one, keeps the first date. */
    @Modifying
    @Query(value = """
            insert into learning_lesson_progress (enrolment_id, step, started_at, completed_at, seconds_spent)
            values (:enrolmentId, :step, :at, :at, 0)
            on duplicate key update completed_at = coalesce(completed_at, :at)
            """, nativeQuery = true)
    int completed(long enrolmentId, String step, Instant at);

    /** Adds reading time, at most two hours per visit (a tab left open overnight is not reading). */
    @Modifying
    @Query(value = """
            update learning_lesson_progress set seconds_spent = least(seconds_spent + :seconds, 10000000)
            where enrolment_id = :enrolmentId and step = :step
            """, nativeQuery = true)
    int addTime(long enrolmentId, String step, int seconds);

    @Query("select p from LessonProgress p where p.key.enrolmentId = :enrolmentId")
    List<LessonProgress> ofEnrolment(long enrolmentId);

    @Query(
            "select p.key.step from LessonProgress p where p.key.enrolmentId = :enrolmentId and p.completedAt is not null")
    List<String> completedSteps(long enrolmentId);
}
