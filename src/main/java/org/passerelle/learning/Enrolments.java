package org.passerelle.learning;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Enrolments extends JpaRepository<Enrolment, Long> {

    Optional<Enrolment> findByUserIdAndCourseId(long userId, String courseId);

    /**
     * Locks a learner's enrolment in a course and returns its id: changes to one learner's progress in one
     * course happen one after the other. (Plain SQL: MariaDB has no {@code FOR UPDATE OF}.)
     */
    @Query(
            value = "select id from learning_enrolment where user_id = :userId and course_id = :courseId for update",
            nativeQuery = true)
    Optional<Long> lock(long userId, String courseId);

    List<Enrolment> findByUserIdOrderByLastActivityAtDesc(long userId);

    List<Enrolment> findByUserIdInAndCourseIdIn(Collection<Long> userIds, Collection<String> courseIds);

    /** Enrols once: a second enrolment, even a racing one, changes nothing (returns 0). */
    @Modifying
    @Query(value = """
            insert ignore into learning_enrolment (user_id, course_id, version_id, version_number, enrolled_at,
                enrolled_by, steps_total, steps_done, next_step, last_activity_at, version)
            values (:userId, :courseId, :versionId, :versionNumber, :at, :by, :stepsTotal, 0, :nextStep, :at, 0)
            """, nativeQuery = true)
    int enrol(
            long userId,
            String courseId,
            long versionId,
            int versionNumber,
            @Nullable Long by,
            int stepsTotal,
            @Nullable String nextStep,
            Instant at);

    /** Notes activity without taking the enrolment's lock or version. */
    @Modifying
    @Query(value = "update learning_enrolment set last_activity_at = :at where id = :id", nativeQuery = true)
    int touch(long id, Instant at);
}
