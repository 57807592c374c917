package org.passerelle.journeys;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * A page of Passerelle as a journey uses it. Elements are found by the ids the views themselves set (the
 * {@code *Ids} constants of each ui package), so renaming an id in a view changes its page object with it. Every
 * page shown waits for Vaadin and is checked with axe ({@link BrowserJourney#ready}).
 */
abstract class Page {

    final BrowserJourney journey;
    final ChromeDriver driver;

    Page(BrowserJourney journey) {
        this.journey = journey;
        this.driver = journey.driver;
    }

    /** The element that has the keyboard focus. */
    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Presses Tab, as a keyboard user does, until the focus reaches an element that matches (at most 60 times). */
    WebElement tabTo(Predicate<WebElement> wanted) {
        for (int presses = 0; presses < 60; presses++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (wanted.test(focused())) {
                return focused();
            }
        }
        throw new AssertionError("Tab never reached the element; the focus is on "
                + focused().getTagName() + "#" + focused().getDomAttribute("id"));
    }

    /** Presses a key where the focus is. */
    void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    static String css(String id) {
        return "#" + id;
    }

    /** Waits until the element is on the page and Vaadin is idle, then checks the page's accessibility. */
    void ready(String id) {
        journey.ready(css(id));
    }

    /** Opens an address and waits for the element that says the page is there. */
    void openAt(String path, String readyId) {
        journey.open(path, css(readyId));
    }

    WebElement element(String id) {
        return driver.findElement(By.id(id));
    }

    List<WebElement> elements(String id) {
        return driver.findElements(By.id(id));
    }

    boolean has(String id) {
        return !elements(id).isEmpty();
    }

    void click(String id) {
        element(id).click();
    }

    void clickOnceShown(String id) {
        until(d -> has(id));
        click(id);
    }

    String text(String id) {
        return element(id).getText();
    }

    /** The text of an element the view may be drawing again, or "" meanwhile. */
    String textOf(String id) {
        try {
            return elements(id).stream().findFirst().map(WebElement::getText).orElse("");
        } catch (StaleElementReferenceException e) {
            return "";
        }
    }

    String attribute(String id, String name) {
        return element(id).getDomAttribute(name);
    }

    /** Elements inside the one with this id, e.g. {@code inside(LESSON_TEXT, "img")}. */
    List<WebElement> inside(String id, String css) {
        return driver.findElements(By.cssSelector(css(id) + " " + css));
    }

    WebElement firstInside(String id, String css) {
        return driver.findElement(By.cssSelector(css(id) + " " + css));
    }

    /** The input or text area of a Vaadin field. */
    WebElement input(String fieldId) {
        return element(fieldId).findElement(By.cssSelector("input, textarea"));
    }

    /** Types into a Vaadin field what replaces its value, then leaves it as a person would (Tab). */
    void type(String fieldId, String text) {
        WebElement field = input(fieldId);
        field.clear();
        field.sendKeys(text, Keys.TAB);
    }

    String value(String fieldId) {
        return input(fieldId).getDomProperty("value");
    }

    boolean invalid(String fieldId) {
        return attribute(fieldId, "invalid") != null;
    }

    /** Chooses an item of a Vaadin select from its opened list, as a person would. */
    void choose(String selectId, String item) {
        click(selectId);
        WebElement shown = until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(e -> e.isDisplayed() && e.getText().strip().equals(item))
                .findFirst()
                .orElse(null));
        shown.click();
    }

    /** Picks the first item of a Vaadin select's opened list. */
    void chooseFirst(String selectId) {
        click(selectId);
        until(d -> !d.findElements(By.cssSelector("vaadin-select-item")).isEmpty());
        driver.findElements(By.cssSelector("vaadin-select-item")).getFirst().click();
    }

    /** Answers the confirmation dialog that is open with its confirm or cancel button. */
    void answerConfirmation(boolean confirm) {
        until(d ->
                !d.findElements(By.cssSelector("vaadin-confirm-dialog[opened]")).isEmpty());
        ((JavascriptExecutor) driver)
                .executeScript(
                        "document.querySelector('vaadin-confirm-dialog[opened]')"
                                + ".querySelector('[slot=' + arguments[0] + ']').click()",
                        confirm ? "confirm-button" : "cancel-button");
    }

    boolean confirmationOpen() {
        return !driver.findElements(By.cssSelector("vaadin-confirm-dialog[opened]"))
                .isEmpty();
    }

    <T> T until(Function<? super WebDriver, T> condition) {
        return journey.until(condition);
    }

    void waitForText(String text) {
        journey.waitForText(text);
    }

    String pageText() {
        return journey.pageText();
    }
}
