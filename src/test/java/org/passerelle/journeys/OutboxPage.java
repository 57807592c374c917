package org.passerelle.journeys;

import static org.passerelle.mail.ui.MailIds.EMBEDDED;
import static org.passerelle.mail.ui.MailIds.MESSAGE_FRAME;
import static org.passerelle.mail.ui.MailIds.OUTBOX_GRID;

import org.openqa.selenium.By;

/** The administrators' Outbox: the messages Passerelle wrote, each readable as its recipient sees it. */
final class OutboxPage extends Page {

    static final String PATH = "/admin/outbox";

    OutboxPage(BrowserJourney journey) {
        super(journey);
    }

    OutboxPage open() {
        openAt(PATH, OUTBOX_GRID);
        return this;
    }

    /** Whether the page says that no SMTP server is configured, so that mail reaches nobody. */
    boolean deliversNowhere() {
        return has(EMBEDDED);
    }

    /** Waits until the list shows a message to this address. */
    OutboxPage listed(String address) {
        until(d -> element(OUTBOX_GRID).getText().contains(address));
        return this;
    }

    /** Opens the first message listed (the newest) and returns the text of its body, read inside its frame. */
    String readNewest() {
        until(d -> !driver.findElements(By.cssSelector("[id^=outbox-read-]")).isEmpty());
        driver.findElements(By.cssSelector("[id^=outbox-read-]")).getFirst().click();
        until(d -> has(MESSAGE_FRAME));
        Accessibility.check(driver, "a message read on the Outbox page");
        driver.switchTo().frame(element(MESSAGE_FRAME));
        try {
            until(d -> !d.findElement(By.tagName("body")).getText().isBlank());
            return driver.findElement(By.tagName("body")).getText();
        } finally {
            driver.switchTo().defaultContent();
        }
    }
}
