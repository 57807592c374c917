package org.passerelle.learning;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AttemptAnswers extends JpaRepository<AttemptAnswer, AttemptAnswer.Key> {

    /**
     * Saves an answer in one statement, only into an open attempt of this learner before its deadline;
     * returns 0 when the attempt is not theirs, closed or past its deadline.
     */
    @Modifying
    @Query(value = """
            insert into learning_answer (attempt_id, question_id, response, saved_at)
            select a.id, :questionId, :response, :at from learning_attempt a
            where a.id = :attemptId and a.user_id = :userId and a.open_flag = 1
              and (a.deadline_at is null or a.deadline_at > :at)
            on duplicate key update response = :response, saved_at = :at
            """, nativeQuery = true)
    int save(long attemptId, long userId, String questionId, String response, Instant at);

    @Query("select a from AttemptAnswer a where a.key.attemptId = :attemptId")
    List<AttemptAnswer> ofAttempt(long attemptId);
}
