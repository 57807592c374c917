package org.passerelle.journeys;

import static org.passerelle.identity.ui.IdentityIds.RESET;
import static org.passerelle.identity.ui.IdentityIds.RESET_ACCOUNT;
import static org.passerelle.identity.ui.IdentityIds.RESET_DONE;
import static org.passerelle.identity.ui.IdentityIds.RESET_INVALID;
import static org.passerelle.identity.ui.IdentityIds.RESET_PASSWORD;
import static org.passerelle.identity.ui.IdentityIds.RESET_REPEAT;

import org.openqa.selenium.Keys;

/** Where a password-reset link leads: a new password, typed twice. */
final class ResetPasswordPage extends Page {

    ResetPasswordPage(BrowserJourney journey) {
        super(journey);
    }

    /** Opens the link's page (its path) and waits until it shows the form or says the link no longer works. */
    ResetPasswordPage open(String path) {
        openAt(path, RESET);
        until(d -> has(RESET_ACCOUNT) || has(RESET_INVALID));
        return this;
    }

    String account() {
        return text(RESET_ACCOUNT);
    }

    boolean linkRefused() {
        return has(RESET_INVALID) && !has(RESET_ACCOUNT);
    }

    /** Chooses the new password and waits until the page says it is changed. */
    void choosePassword(String password) {
        input(RESET_PASSWORD).sendKeys(password);
        input(RESET_REPEAT).sendKeys(password, Keys.ENTER);
        until(d -> has(RESET_DONE));
    }
}
