package org.passerelle.journeys;

import static org.passerelle.catalog.ui.CatalogIds.EXPORT_COURSE;
import static org.passerelle.catalog.ui.CatalogIds.EXPORT_ZIP;
import static org.passerelle.catalog.ui.CatalogIds.IMPORT_ZIP;
import static org.passerelle.catalog.ui.CatalogIds.RELOAD_COURSES;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The administrator's course page: reload the courses folder, download a course as a zip, import one. */
final class CourseImportPage extends Page {

    static final String PATH = "/admin/courses";

    CourseImportPage(BrowserJourney journey) {
        super(journey);
    }

    /** Opens the page and waits for the reload button. */
    CourseImportPage open() {
        openAt(PATH, RELOAD_COURSES);
        return this;
    }

    /** Opens the page and waits for the choice of a course to download. */
    CourseImportPage openToExport() {
        openAt(PATH, EXPORT_COURSE);
        return this;
    }

    /** Opens the page and waits for the zip upload. */
    CourseImportPage openToImport() {
        openAt(PATH, IMPORT_ZIP);
        return this;
    }

    void reload() {
        click(RELOAD_COURSES);
    }

    /**
     * Chooses a course to download by typing its id and taking the item whose text names it; returns the
     * download's address once shown.
     */
    String exportAddress(String id, String titleWords) {
        input(EXPORT_COURSE).sendKeys(id);
        // The list filters as one types: wait for the course's own item rather than whatever is listed first.
        WebElement item = until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(each -> each.isDisplayed() && each.getText().contains(titleWords))
                .findFirst()
                .orElse(null));
        item.click();
        until(d -> element(EXPORT_ZIP).isDisplayed());
        return element(EXPORT_ZIP).getDomProperty("href");
    }

    void importZip(Path file) {
        journey.upload(IMPORT_ZIP, file);
    }
}
