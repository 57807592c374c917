package org.passerelle.identity;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail as other modules write to it: in the caller's transaction, in the caller's name. */
@Service
public class Audit {

    private final AuditTrail trail;

    Audit(AuditTrail trail) {
        this.trail = trail;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, String target, String detail) {
        trail.record(action, target, detail);
    }
}
