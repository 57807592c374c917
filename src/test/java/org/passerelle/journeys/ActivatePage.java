package org.passerelle.journeys;

import static org.passerelle.identity.ui.IdentityIds.ACTIVATE_ACCOUNT;
import static org.passerelle.identity.ui.IdentityIds.ACTIVATE_DONE;
import static org.passerelle.identity.ui.IdentityIds.ACTIVATE_PASSWORD;
import static org.passerelle.identity.ui.IdentityIds.ACTIVATE_REPEAT;

import org.openqa.selenium.Keys;

/** Activating an account with the link handed out: the person chooses their password. */
final class ActivatePage extends Page {

    ActivatePage(BrowserJourney journey) {
        super(journey);
    }

    /** Waits for the page, once the activation link is opened. */
    ActivatePage shown() {
        ready(ACTIVATE_ACCOUNT);
        return this;
    }

    String account() {
        return text(ACTIVATE_ACCOUNT);
    }

    /** Chooses a password, typed twice, and waits until the page says the account is active. */
    void choosePassword(String password) {
        input(ACTIVATE_PASSWORD).sendKeys(password);
        input(ACTIVATE_REPEAT).sendKeys(password, Keys.ENTER);
        until(d -> has(ACTIVATE_DONE));
    }
}
