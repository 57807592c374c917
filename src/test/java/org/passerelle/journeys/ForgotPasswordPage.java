package org.passerelle.journeys;

import static org.passerelle.identity.ui.IdentityIds.FORGOT_EMAIL;
import static org.passerelle.identity.ui.IdentityIds.FORGOT_MESSAGE;
import static org.passerelle.identity.ui.IdentityIds.FORGOT_PASSWORD_LINK;
import static org.passerelle.identity.ui.IdentityIds.FORGOT_SUBMIT;

/** "Forgot your password?": reached from the sign-in page, asks for the account's e-mail address. */
final class ForgotPasswordPage extends Page {

    ForgotPasswordPage(BrowserJourney journey) {
        super(journey);
    }

    /** From the sign-in page, follows its link and waits for the form. */
    ForgotPasswordPage fromSignIn() {
        new SignInPage(journey).open();
        clickOnceShown(FORGOT_PASSWORD_LINK);
        ready(FORGOT_EMAIL);
        return this;
    }

    /** Asks for a link for this address; returns what the page answers. */
    String askFor(String email) {
        type(FORGOT_EMAIL, email);
        click(FORGOT_SUBMIT);
        until(d -> !textOf(FORGOT_MESSAGE).isBlank());
        return text(FORGOT_MESSAGE);
    }
}
