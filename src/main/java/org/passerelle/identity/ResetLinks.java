package org.passerelle.identity;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ResetLinks extends JpaRepository<ResetLink, Long> {

    Optional<ResetLink> findByTokenHash(String tokenHash);

    long countByUserIdAndCreatedAtAfter(long userId, Instant after);

    /** Uses up every link of an account still open: once the password is chosen, no older link works. */
    @Modifying
    @Query("update ResetLink r set r.usedAt = :now where r.userId = :userId and r.usedAt is null")
    int useAll(@Param("userId") long userId, @Param("now") Instant now);

    @Modifying
    @Query("delete from ResetLink r where r.expiresAt < :before")
    int deleteExpiredBefore(@Param("before") Instant before);
}
