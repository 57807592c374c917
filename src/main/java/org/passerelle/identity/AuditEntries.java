package org.passerelle.identity;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntries extends JpaRepository<AuditEntry, Long> {}
