package org.passerelle.identity;

import java.time.Instant;

/** One privileged change: who did what, when, to whom. */
public record AuditRecord(Instant occurredAt, String actor, AuditAction action, String target, String detail) {}
