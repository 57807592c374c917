package org.passerelle.journeys;

import static org.passerelle.shell.ui.ShellIds.ADMINISTRATION_MENU;
import static org.passerelle.shell.ui.ShellIds.CONTENT;
import static org.passerelle.shell.ui.ShellIds.MAIN_MENU;
import static org.passerelle.shell.ui.ShellIds.MENU_PANEL;
import static org.passerelle.shell.ui.ShellIds.MENU_TOGGLE;
import static org.passerelle.shell.ui.ShellIds.NOT_FOUND;
import static org.passerelle.shell.ui.ShellIds.SERVER_ERROR;
import static org.passerelle.shell.ui.ShellIds.SIGNED_IN_AS;
import static org.passerelle.shell.ui.ShellIds.SIGN_OUT;
import static org.passerelle.shell.ui.ShellIds.TRY_AGAIN;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.passerelle.shared.ui.LanguageSwitcher;

/** What every page around its content has: the menu, who is signed in, the language, and the error pages. */
final class Shell extends Page {

    Shell(BrowserJourney journey) {
        super(journey);
    }

    /** Waits for the layout of a signed-in person. */
    Shell signedIn() {
        ready(SIGNED_IN_AS);
        return this;
    }

    boolean isSignedIn() {
        return has(SIGNED_IN_AS);
    }

    String signedInAs() {
        return text(SIGNED_IN_AS);
    }

    void signOut() {
        click(SIGN_OUT);
    }

    String signOutLabel() {
        return text(SIGN_OUT);
    }

    /** The title of the page's content. */
    String heading() {
        return driver.findElement(By.cssSelector("main h1")).getText();
    }

    /** The addresses the menu links to. */
    List<String> menuPaths() {
        return inside(MAIN_MENU, "a").stream()
                .map(link -> link.getDomAttribute("href"))
                .toList();
    }

    /**
     * Follows the menu's link to an address, e.g. "catalog", as a person would: on a phone by opening the menu
     * first, for an administration page by opening its group.
     */
    void follow(String path) {
        WebElement link = firstInside(MAIN_MENU, "a[href='" + path + "']");
        if (!link.isDisplayed() && hasMenuButton() && !menuShown()) {
            openMenu();
        }
        if (!link.isDisplayed() && has(ADMINISTRATION_MENU)) {
            firstInside(ADMINISTRATION_MENU, "summary").click();
        }
        until(d -> link.isDisplayed());
        link.click();
    }

    /** Whether the page is drawn for a phone: a menu button in place of the menu. */
    boolean hasMenuButton() {
        return element(MENU_TOGGLE).isDisplayed();
    }

    void openMenu() {
        click(MENU_TOGGLE);
        until(d -> menuShown());
    }

    void closeMenu() {
        click(MENU_TOGGLE);
        until(d -> !menuShown());
    }

    boolean menuShown() {
        return element(MENU_PANEL).isDisplayed();
    }

    String menuButtonExpanded() {
        return attribute(MENU_TOGGLE, "aria-expanded");
    }

    boolean administrationGroupOpen() {
        return element(ADMINISTRATION_MENU).getDomProperty("open").equals("true");
    }

    /** Whether the institution's logo inside the element of this selector has loaded, drawn 40 px high. */
    boolean issuerLogoShownIn(String css) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript(
                        "const img = document.querySelector(arguments[0] + ' img.issuer-logo');"
                                + " return !!img && img.complete && img.naturalWidth > 0"
                                + " && Math.round(img.getBoundingClientRect().height) === 40",
                        css));
    }

    /** The header's height in CSS pixels. */
    long headerHeight() {
        return Math.round(((Number) ((JavascriptExecutor) driver)
                        .executeScript("return document.querySelector('header').getBoundingClientRect().height"))
                .doubleValue());
    }

    /** Whether the page is wider than the window (a horizontal scroll bar). */
    boolean scrollsSideways() {
        return (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth");
    }

    /** Presses Tab once from the top of the page and returns the text of what has the focus. */
    String firstTabStop() {
        ((JavascriptExecutor) driver).executeScript("document.activeElement.blur(); window.scrollTo(0, 0)");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        return driver.switchTo().activeElement().getText();
    }

    /** Presses Enter on the focused skip link and waits until the focus is on the page's content. */
    void skipToContent() {
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        until(d -> CONTENT.equals(d.switchTo().activeElement().getDomAttribute("id")));
    }

    void chooseLanguage(String nativeName) {
        new Select(element(LanguageSwitcher.ID)).selectByVisibleText(nativeName);
    }

    /** Moves through the closed language picker with the keyboard, as a keyboard user looks for their language. */
    void arrowThroughLanguages(CharSequence... keys) {
        element(LanguageSwitcher.ID).sendKeys(keys);
    }

    /** The language code the picker shows selected. */
    String languageInPicker() {
        return element(LanguageSwitcher.ID).getDomProperty("value");
    }

    /** Enter on the picker: the keyboard user's choice of the language it shows. */
    void confirmLanguage() {
        element(LanguageSwitcher.ID).sendKeys(Keys.ENTER);
    }

    /** Opens an address this person may not open, or that does not exist: the neutral not-found page shows. */
    void openRefused(String path) {
        openAt(path, NOT_FOUND);
    }

    void waitForRefusal() {
        ready(NOT_FOUND);
    }

    /** Opens an address whose page fails while opening: the error page shows. */
    void openFailing(String path) {
        openAt(path, SERVER_ERROR);
    }

    String tryAgainAddress() {
        return attribute(TRY_AGAIN, "href");
    }
}
