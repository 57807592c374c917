package org.passerelle.identity;

import java.time.Clock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail of privileged changes. A change is recorded in the caller's transaction, so the change and
 * its entry commit together, in the name of whoever is signed in ({@value #SYSTEM} when no one is).
 */
@Service
public class AuditTrail {

    static final String SYSTEM = "system";

    private final AuditEntries entries;
    private final Clock clock;

    AuditTrail(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Records a change an administrator made in another module. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, String target, String detail) {
        recordWithoutRoleCheck(action, target, detail);
    }

    /** Records a change an administrator made in another module, with a detail each reader reads in their language. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, String target, String detailKey, Object... values) {
        recordWithoutRoleCheck(action, target, AuditDetail.of(detailKey, values));
    }

    /** The changes recorded, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<AuditedChange> newestFirst(int offset, int limit) {
        Pageable page = PageRequest.of(
                offset / Math.max(limit, 1), Math.max(limit, 1), Sort.by("id").descending());
        return entries.findAll(page).map(AuditEntry::toChange);
    }

    /** For this module's own flows, some of which run before anyone is signed in (sign-in, activation). */
    @Transactional(propagation = Propagation.MANDATORY)
    void recordWithoutRoleCheck(AuditAction action, String target, String detail) {
        entries.save(new AuditEntry(clock.instant(), currentActor(), action, target, detail));
    }

    void recordWithoutRoleCheck(AuditAction action, String target) {
        recordWithoutRoleCheck(action, target, (String) null);
    }

    void recordWithoutRoleCheck(AuditAction action, String target, AuditDetail detail) {
        recordWithoutRoleCheck(action, target, detail.stored());
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }
}
