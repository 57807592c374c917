package org.passerelle.journeys;

import static org.passerelle.identity.ui.IdentityIds.NEW_USER;
import static org.passerelle.identity.ui.IdentityIds.USERS;
import static org.passerelle.identity.ui.IdentityIds.USER_COUNTRY;
import static org.passerelle.identity.ui.IdentityIds.USER_DISPLAY_NAME;
import static org.passerelle.identity.ui.IdentityIds.USER_EMAIL;
import static org.passerelle.identity.ui.IdentityIds.USER_PASSWORD;
import static org.passerelle.identity.ui.IdentityIds.USER_SAVE;
import static org.passerelle.identity.ui.IdentityIds.USER_SEARCH;
import static org.passerelle.identity.ui.IdentityIds.USER_USERNAME;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The administrator's list of accounts, searched, and the dialog that creates or changes one. */
final class UsersPage extends Page {

    static final String PATH = "/admin/users";

    UsersPage(BrowserJourney journey) {
        super(journey);
    }

    UsersPage open() {
        openAt(PATH, USERS);
        return this;
    }

    /** Waits for the page reached by a link. */
    UsersPage waitUntilShown() {
        ready(USERS);
        return this;
    }

    /** Opens the dialog for a new account. */
    UsersPage newUser() {
        click(NEW_USER);
        journey.ready(css(USER_USERNAME) + " input");
        return this;
    }

    UsersPage username(String text) {
        type(USER_USERNAME, text);
        return this;
    }

    String username() {
        return value(USER_USERNAME);
    }

    UsersPage displayName(String text) {
        type(USER_DISPLAY_NAME, text);
        return this;
    }

    UsersPage email(String text) {
        type(USER_EMAIL, text);
        return this;
    }

    String email() {
        return value(USER_EMAIL);
    }

    boolean emailRefused() {
        return invalid(USER_EMAIL);
    }

    UsersPage password(String text) {
        type(USER_PASSWORD, text);
        return this;
    }

    /** Types a country's name and takes the item the list offers. */
    UsersPage country(String name) {
        WebElement country = input(USER_COUNTRY);
        country.sendKeys(name);
        until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-combo-box-item")));
        country.sendKeys(Keys.ENTER);
        return this;
    }

    void save() {
        click(USER_SAVE);
    }

    /** Saves, and waits until the dialog closed. */
    void saveAndClose() {
        save();
        until(ExpectedConditions.invisibilityOfElementLocated(By.id(USER_SAVE)));
    }

    void search(String text) {
        type(USER_SEARCH, text);
    }
}
