package org.passerelle.journeys;

import static org.passerelle.credentials.ui.CredentialIds.VERIFY_NOT_FOUND;
import static org.passerelle.credentials.ui.CredentialIds.VERIFY_STATUS;

/** A record's public verification page, which anyone can open signed out. */
final class VerifyPage extends Page {

    VerifyPage(BrowserJourney journey) {
        super(journey);
    }

    /** Opens a record's page by its address, e.g. "verify/ID", and returns what it says of the record. */
    String status(String path) {
        openAt("/" + path, VERIFY_STATUS);
        return text(VERIFY_STATUS);
    }

    /** Opens the page of a record that does not exist: it says it found none. */
    void openUnknown(String path) {
        openAt(path, VERIFY_NOT_FOUND);
    }
}
