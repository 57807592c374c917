package org.passerelle.identity;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit trail of privileged changes. Administrators only. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AuditLog {

    private final AuditEntries entries;

    AuditLog(AuditEntries entries) {
        this.entries = entries;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public Page<AuditRecord> newestFirst(int offset, int limit) {
        Pageable page = PageRequest.of(
                offset / Math.max(limit, 1), Math.max(limit, 1), Sort.by("id").descending());
        return entries.findAll(page).map(AuditEntry::toRecord);
    }
}
