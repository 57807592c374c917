package org.passerelle.journeys;

import static org.passerelle.credentials.ui.CredentialIds.REVOKE_CONFIRM;
import static org.passerelle.credentials.ui.CredentialIds.REVOKE_REASON;

import org.openqa.selenium.Keys;
import org.passerelle.credentials.ui.CredentialIds;

/** The administrator's list of completion records, where a record is revoked with a reason. */
final class RecordsPage extends Page {

    static final String PATH = "/admin/records";

    RecordsPage(BrowserJourney journey) {
        super(journey);
    }

    /** Opens the list and waits for this record's Revoke button. */
    RecordsPage open(String record) {
        openAt(PATH, CredentialIds.revoke(record));
        return this;
    }

    int certificateLinks(String record) {
        return elements(CredentialIds.certificate(record)).size();
    }

    /** Asks to revoke a record: the form for the reason opens. */
    void askToRevoke(String record) {
        click(CredentialIds.revoke(record));
        ready(REVOKE_CONFIRM);
    }

    void giveReason(String reason) {
        input(REVOKE_REASON).sendKeys(reason, Keys.TAB);
    }

    void confirmRevocation() {
        click(REVOKE_CONFIRM);
    }

    /** Waits until this record's own row says it is revoked (other records on the page may say so already). */
    void waitUntilRevoked(String record) {
        until(d -> textOf(CredentialIds.record(record)).contains("Revoked on"));
    }
}
