package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.passerelle.identity.Role;
import org.passerelle.shared.Language;

/** Learners find the flagship course in their language, search it, and read its outline. */
class CatalogJourneyIT extends BrowserJourney {

    final CatalogPage catalog = new CatalogPage(this);

    @Test
    void aLearnerFindsTheFlagshipCourseSearchesAndOpensItsOutline() {
        signInAndWaitForHome("learner", DEMO_PASSWORD);
        catalog.open();
        waitForText("AI for Public Policy: Capacity-Building Essentials");
        assertThat(pageText()).contains("6 modules, 18 lessons").contains("English, Français");
        saveScreenshot("catalog-en");

        catalog.search("nothing like this");
        waitForText("No course matches this search.");
        catalog.search("gouvernance");
        waitForText("AI for Public Policy: Capacity-Building Essentials");

        CoursePage course = catalog.openCourse("AI for Public Policy: Capacity-Building Essentials")
                .outlineShown();
        assertThat(course.modules()).hasSize(6);
        assertThat(pageText()).contains("What AI is and how it works").contains("Quiz:");
        saveScreenshot("course-outline-en");
    }

    @Test
    void aFrenchSpeakingLearnerReadsItInFrench() {
        signInAndWaitForHome("apprenant", DEMO_PASSWORD);
        catalog.open();
        waitForText("L’IA au service des politiques publiques");
        assertThat(pageText()).doesNotContain("Not yet available");
        saveScreenshot("catalog-fr");
    }

    @Test
    void aLearnerReadingArabicIsToldTheCourseIsShownInItsDefaultLanguage() {
        String username = newAccount(Role.LEARNER, "EG", Language.AR);
        signInAndWaitForHome(username, DEMO_PASSWORD);
        catalog.open();
        waitForText("غير متاح بلغتك بعد: معروض بـEnglish.");
        assertThat(pageText()).contains("AI for Public Policy: Capacity-Building Essentials");
        saveScreenshot("catalog-ar");
    }
}
