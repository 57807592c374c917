package org.passerelle.cohorts;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Invitations extends JpaRepository<Invitation, String> {

    /** Uses the code once if it is still open: the last use cannot be taken twice. */
    @Modifying
    @Query(value = """
            update cohorts_invitation set uses = uses + 1
            where code = :code and uses < max_uses and expires_at > :now
            """, nativeQuery = true)
    int use(String code, Instant now);

    List<Invitation> findByCohortIdOrderByCreatedAtDesc(long cohortId);
}
