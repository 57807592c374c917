package org.passerelle.learning;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Attempts extends JpaRepository<Attempt, Long> {

    /** Locks an attempt and its enrolment, in that order everywhere, and returns the attempt's id. */
    @Query(value = """
            select a.id from learning_attempt a join learning_enrolment e on e.id = a.enrolment_id
            where a.id = :id for update
            """, nativeQuery = true)
    Optional<Long> lockWithEnrolment(long id);

    /** Every attempt of an enrolment, oldest first: status, best scores and history in one read. */
    @Query("select a from Attempt a where a.enrolmentId = :enrolmentId order by a.quiz, a.number")
    List<Attempt> ofEnrolment(long enrolmentId);

    @Query("select a from Attempt a where a.enrolmentId = :enrolmentId and a.quiz = :quiz order by a.number")
    List<Attempt> ofQuiz(long enrolmentId, String quiz);

    /** Best score per quiz of an enrolment: quiz, score. */
    @Query("""
            select a.quiz, max(a.score) from Attempt a
            where a.enrolmentId = :enrolmentId and a.submittedAt is not null group by a.quiz
            """)
    List<Object[]> bestScores(long enrolmentId);

    @Query("select a from Attempt a where a.openFlag = 1 and a.deadlineAt <= :now order by a.deadlineAt")
    List<Attempt> pastDeadline(Instant now, Pageable page);
}
