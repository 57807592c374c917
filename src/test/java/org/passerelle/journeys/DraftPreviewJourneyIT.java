package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.passerelle.SignedIn;
import org.passerelle.catalog.CourseDrafts;
import org.passerelle.identity.Role;
import org.passerelle.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator previews the flagship's draft as a learner would read it; an outsider finds nothing. */
class DraftPreviewJourneyIT extends BrowserJourney {

    static final String PREVIEW = "/author/ai-public-policy/preview";

    @Autowired
    CourseDrafts drafts;

    @Autowired
    SignedIn signedIn;

    @Test
    void anEditorPreviewsTheDraftsLessonsAndQuizInTheLanguageTheyChoose() {
        String outsider = newAccount(Role.INSTRUCTOR, null, Language.EN);
        signedIn.as("admin");
        drafts.outline("ai-public-policy");
        signedIn.out();
        try {
            signInAndWaitForHome("admin", DEMO_PASSWORD);
            open(PREVIEW, "#preview-banner");
            assertThat(driver.findElement(By.id("preview-banner")).getText())
                    .contains("Preview of the draft — learners do not see this yet");
            assertThat(driver.findElement(By.id("preview-back")).getDomAttribute("href"))
                    .isEqualTo("author/ai-public-policy");
            ready("#outline");
            driver.findElement(By.id("continue")).click();
            until(d -> d.getCurrentUrl().contains("/preview/01-what-is-ai/01-defining-ai"));
            ready("#lesson-text");
            driver.findElement(By.id("complete-lesson")).click();
            until(d -> d.getCurrentUrl().contains("/preview/01-what-is-ai/02-how-machines-learn"));
            ready("#lesson-media");
            String image =
                    driver.findElement(By.cssSelector("#lesson-text img")).getDomAttribute("src");
            assertThat(image).startsWith("/author-media/ai-public-policy/01-what-is-ai/media/");
            until(d -> ((Number) ((JavascriptExecutor) d)
                                    .executeScript("const i = document.querySelector('#lesson-text img');"
                                            + "return i.complete ? i.naturalWidth : 0;"))
                            .intValue()
                    > 0);
            saveScreenshot("preview-lesson-en");

            driver.findElement(By.id("preview-lang-fr")).click();
            until(d -> d.getCurrentUrl().endsWith("?lang=fr"));
            waitForText("Comment les machines apprennent");
            assertThat(driver.findElement(By.id("lesson-text")).getDomAttribute("lang"))
                    .isEqualTo("fr");
            saveScreenshot("preview-lesson-fr");

            open(PREVIEW + "/01-what-is-ai/quiz", "#attempt");
            assertThat(driver.findElement(By.id("quiz-preview-note")).getText())
                    .isEqualTo("Preview: answers are not recorded.");
            assertThat(driver.findElements(By.id("submit-quiz"))).isEmpty();
            assertThat(driver.findElements(By.cssSelector("#attempt fieldset.question")))
                    .isNotEmpty();
            saveScreenshot("preview-quiz-en");

            signInAndWaitForHome(outsider, DEMO_PASSWORD);
            open(PREVIEW + "/01-what-is-ai/02-how-machines-learn", "#not-found");
            assertThat(driver.findElements(By.id("lesson-text"))).isEmpty();
        } finally {
            signedIn.as("admin");
            drafts.discard("ai-public-policy");
            signedIn.out();
        }
    }
}
