package org.passerelle.credentials;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface CompletionRecords extends JpaRepository<CompletionRecord, String> {

    /** Issues a record once: a second delivery of the same completion changes nothing (returns 0). */
    @Modifying
    @Query(value = """
            insert ignore into credentials_record (id, user_id, enrolment_id, course_id, version_number, holder_name,
                course_title, country, cohort_name, score, completed_at, issued_at, issuer, version)
            values (:id, :userId, :enrolmentId, :courseId, :versionNumber, :holderName, :courseTitle, :country,
                :cohortName, :score, :completedAt, :issuedAt, :issuer, 0)
            """, nativeQuery = true)
    int issue(
            String id,
            long userId,
            long enrolmentId,
            String courseId,
            int versionNumber,
            String holderName,
            String courseTitle,
            @Nullable String country,
            @Nullable String cohortName,
            @Nullable BigDecimal score,
            Instant completedAt,
            Instant issuedAt,
            String issuer);

    List<CompletionRecord> findByUserIdOrderByCompletedAtDesc(long userId);

    List<CompletionRecord> findByUserIdInAndCourseIdIn(Collection<Long> userIds, Collection<String> courseIds);
    /** Gives a record its status index unless it has one; a taken index violates the unique key. */
    @Modifying
    @Transactional
    @Query(
            value = "update credentials_record set status_index = :index where id = :id and status_index is null",
            nativeQuery = true)
    int assignStatusIndex(String id, int index);

    @Query("select r.statusIndex from CompletionRecord r where r.id = :id")
    @Nullable
    Integer statusIndexOf(String id);

    long countByStatusIndexIsNotNull();

    @Query("select max(r.statusIndex) from CompletionRecord r")
    @Nullable
    Integer highestStatusIndex();

    @Query("select r.statusIndex from CompletionRecord r where r.revokedAt is not null and r.statusIndex is not null")
    List<Integer> revokedStatusIndexes();

    @Query("select max(r.revokedAt) from CompletionRecord r where r.statusIndex is not null")
    @Nullable
    Instant lastRevocation();

    @Query("""
            select r from CompletionRecord r
            where :text = '' or r.id = :text or lower(r.holderName) like :pattern or lower(r.courseTitle) like :pattern
            order by r.issuedAt desc
            """)
    List<CompletionRecord> search(String text, String pattern, Pageable page);
}
