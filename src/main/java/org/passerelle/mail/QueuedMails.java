package org.passerelle.mail;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface QueuedMails extends JpaRepository<QueuedMail, Long> {

    /** Messages due now and not held by a sender (or held by one that stopped before its lease ran out). */
    @Query("""
            select m.id from QueuedMail m
            where m.status = org.passerelle.mail.MailStatus.QUEUED and m.nextAttemptAt <= :now
              and (m.leaseUntil is null or m.leaseUntil < :now)
            order by m.nextAttemptAt, m.id""")
    List<Long> due(@Param("now") Instant now, Pageable limit);

    /**
     * Takes a due message for one sender until {@code until}: one statement, so two senders (two instances) never
     * both take it. 1 when taken.
     */
    @Modifying
    @Query("""
            update QueuedMail m set m.leaseUntil = :until
            where m.id = :id and m.status = org.passerelle.mail.MailStatus.QUEUED and m.nextAttemptAt <= :now
              and (m.leaseUntil is null or m.leaseUntil < :now)""")
    int claim(@Param("id") long id, @Param("now") Instant now, @Param("until") Instant until);

    Page<QueuedMail> findAllByOrderByCreatedAtDescIdDesc(Pageable page);
}
