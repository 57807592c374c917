package org.passerelle.journeys;

import static org.passerelle.identity.ui.IdentityIds.SIGN_IN;
import static org.passerelle.identity.ui.IdentityIds.SIGN_IN_ERROR;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The sign-in page; its fields carry the names Spring Security reads. */
final class SignInPage extends Page {

    static final String PATH = "/login";

    private static final String FORM = css(SIGN_IN) + " input[name=username]";

    SignInPage(BrowserJourney journey) {
        super(journey);
    }

    /** Opens the page and waits until its form can be typed into. */
    SignInPage open() {
        journey.open(PATH, FORM);
        return this;
    }

    /** Opens the page and waits for it (the form, or its sentence about a refused sign-in). */
    SignInPage show() {
        openAt(PATH, SIGN_IN);
        return this;
    }

    /** Opens an address that needs a signed-in person and waits to be sent to this page instead. */
    SignInPage showAt(String path) {
        openAt(path, SIGN_IN);
        return this;
    }

    /** Waits until the form can be typed into, e.g. after the page reloaded itself. */
    SignInPage formShown() {
        journey.ready(FORM);
        return this;
    }

    /** Types a username and password and sends them with Enter. */
    void signIn(String username, String password) {
        WebElement user = field("username");
        user.clear();
        user.sendKeys(username);
        WebElement pass = field("password");
        pass.clear();
        pass.sendKeys(password, Keys.ENTER);
    }

    /** Waits for the page's sentence about a refused sign-in. */
    SignInPage errorShown() {
        ready(SIGN_IN_ERROR);
        return this;
    }

    /** Waits for the page's sentence about a refused sign-in, and for this text in it. */
    void waitForError(String text) {
        errorShown();
        waitForText(text);
    }

    void waitForForm() {
        ready(SIGN_IN);
    }

    private WebElement field(String name) {
        return driver.findElement(By.cssSelector(css(SIGN_IN) + " input[name=" + name + "]"));
    }
}
