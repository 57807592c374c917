package org.passerelle.journeys;

import static org.passerelle.identity.ui.IdentityIds.AUDIT_LOG;

/** The administrator's log of what was done to accounts and courses. */
final class AuditLogPage extends Page {

    static final String PATH = "/admin/audit";

    AuditLogPage(BrowserJourney journey) {
        super(journey);
    }

    AuditLogPage open() {
        openAt(PATH, AUDIT_LOG);
        return this;
    }
}
