package org.passerelle.identity;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UnknownSignInNames extends JpaRepository<UnknownSignInName, String> {

    /** Makes sure the name has a row, without a race between two first failures (no VALUES(): MySQL 8 and MariaDB). */
    @Modifying
    @Query(value = """
            insert into identity_unknown_sign_in_name (name_hash, failed_attempts, lock_count)
            values (:hash, 0, 0) on duplicate key update name_hash = name_hash
            """, nativeQuery = true)
    void ensure(@Param("hash") String hash);

    // Plain FOR UPDATE, as in UserAccounts.lockByUsername.
    @Query(value = "select * from identity_unknown_sign_in_name where name_hash = :hash for update", nativeQuery = true)
    Optional<UnknownSignInName> lock(@Param("hash") String hash);

    @Modifying
    @Query(value = "delete from identity_unknown_sign_in_name where last_failed_at < :before", nativeQuery = true)
    int forgetFailedBefore(@Param("before") Instant before);
}
