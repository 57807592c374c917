package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.passerelle.identity.Role;
import org.passerelle.shared.Language;

/** Learners find the flagship course in their language, search it, and read its outline. */
class CatalogJourneyIT extends BrowserJourney {

    @Test
    void aLearnerFindsTheFlagshipCourseSearchesAndOpensItsOutline() {
        signInAndWaitForHome("learner", DEMO_PASSWORD);
        open("/catalog", "#catalog");
        waitForText("AI for Public Policy: Capacity-Building Essentials");
        assertThat(pageText()).contains("6 modules, 18 lessons").contains("English, Français");
        saveScreenshot("catalog-en");

        driver.findElement(By.cssSelector("#catalog-search input")).sendKeys("nothing like this", Keys.ENTER);
        waitForText("No course matches this search.");
        driver.findElement(By.cssSelector("#catalog-search input")).clear();
        driver.findElement(By.cssSelector("#catalog-search input")).sendKeys("gouvernance", Keys.ENTER);
        waitForText("AI for Public Policy: Capacity-Building Essentials");

        driver.findElement(By.linkText("AI for Public Policy: Capacity-Building Essentials"))
                .click();
        ready("#outline");
        assertThat(driver.findElements(By.cssSelector("#outline > li"))).hasSize(6);
        assertThat(pageText()).contains("What AI is and how it works").contains("Quiz:");
        saveScreenshot("course-outline-en");
    }

    @Test
    void aFrenchSpeakingLearnerReadsItInFrench() {
        signInAndWaitForHome("apprenant", DEMO_PASSWORD);
        open("/catalog", "#catalog");
        waitForText("L’IA au service des politiques publiques");
        assertThat(pageText()).doesNotContain("Not yet available");
        saveScreenshot("catalog-fr");
    }

    @Test
    void aLearnerReadingArabicIsToldTheCourseIsShownInItsDefaultLanguage() {
        String username = newAccount(Role.LEARNER, "EG", Language.AR);
        signInAndWaitForHome(username, DEMO_PASSWORD);
        open("/catalog", "#catalog");
        waitForText("غير متاح بلغتك بعد: معروض بـEnglish.");
        assertThat(pageText()).contains("AI for Public Policy: Capacity-Building Essentials");
        saveScreenshot("catalog-ar");
    }
}
