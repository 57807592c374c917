package org.passerelle.cohorts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Cohorts extends JpaRepository<Cohort, Long> {

    List<Cohort> findAllByOrderByStartsOnDescNameAsc();

    @Query(value = "select count(*) from cohorts_member where cohort_id = :cohortId", nativeQuery = true)
    long members(long cohortId);

    /** Makes someone a member once; returns 0 when they already were. */
    @Modifying
    @Query(
            value =
                    "insert ignore into cohorts_member (cohort_id, user_id, joined_at) values (:cohortId, :userId, :at)",
            nativeQuery = true)
    int join(long cohortId, long userId, Instant at);

    @Query(
            value = "select user_id from cohorts_member where cohort_id = :cohortId order by joined_at, user_id",
            nativeQuery = true)
    List<Long> memberIds(long cohortId);

    /** Which of these people are members of the cohort. */
    @Query(
            value = "select user_id from cohorts_member where cohort_id = :cohortId and user_id in :userIds",
            nativeQuery = true)
    List<Long> membersAmong(long cohortId, Collection<Long> userIds);

    @Query(value = "select distinct cohort_id from cohorts_member where user_id in :userIds", nativeQuery = true)
    List<Long> cohortsOf(Collection<Long> userIds);

    @Query(value = "select distinct cohort_id from cohorts_member where joined_at >= :since", nativeQuery = true)
    List<Long> joinedSince(Instant since);

    /** Members per cohort: cohort id, count. */
    @Query(value = "select cohort_id, count(*) from cohorts_member group by cohort_id", nativeQuery = true)
    List<Object[]> memberCounts();

    /** Names of the cohorts, most recent first, in which a member follows a course. */
    @Query(value = """
            select c.name from cohorts_cohort c
              join cohorts_member m on m.cohort_id = c.id
              join cohorts_course k on k.cohort_id = c.id
            where m.user_id = :userId and k.course_id = :courseId
            order by c.starts_on desc
            """, nativeQuery = true)
    List<String> cohortOf(long userId, String courseId);

    /** Cohorts on which a reviewer is named and in which a member follows a course. */
    @Query(value = """
            select count(*) from cohorts_cohort c
              join cohorts_member m on m.cohort_id = c.id
              join cohorts_course k on k.cohort_id = c.id
              join cohorts_reviewer r on r.cohort_id = c.id
            where m.user_id = :memberId and k.course_id = :courseId and r.user_id = :reviewerId
            """, nativeQuery = true)
    long reviewedBy(long reviewerId, long memberId, String courseId);
}
