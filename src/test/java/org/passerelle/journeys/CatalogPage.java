package org.passerelle.journeys;

import static org.passerelle.catalog.ui.CatalogIds.CATALOG;
import static org.passerelle.catalog.ui.CatalogIds.CATALOG_SEARCH;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The catalog: every published course, searched by its words. */
final class CatalogPage extends Page {

    static final String PATH = "/catalog";

    CatalogPage(BrowserJourney journey) {
        super(journey);
    }

    CatalogPage open() {
        openAt(PATH, CATALOG);
        return this;
    }

    /** Waits until the search field is there, e.g. after following the menu to the catalog. */
    CatalogPage shown() {
        ready(CATALOG_SEARCH);
        return this;
    }

    /** Searches with these words, replacing the ones typed before, and sends them with Enter. */
    void search(String words) {
        input(CATALOG_SEARCH).clear();
        input(CATALOG_SEARCH).sendKeys(words, Keys.ENTER);
    }

    /** Opens a course by the title on its card. */
    CoursePage openCourse(String title) {
        driver.findElement(By.linkText(title)).click();
        return new CoursePage(journey);
    }
}
