package org.passerelle.identity;

import java.time.Instant;

/** One privileged change as the audit trail shows it: who did what, when, to whom. */
public record AuditedChange(Instant occurredAt, String actor, AuditAction action, String target, AuditDetail detail) {}
