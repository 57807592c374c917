package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.passerelle.credentials.ui.CredentialIds;
import org.passerelle.identity.Role;
import org.passerelle.identity.ui.IdentityIds;
import org.passerelle.learning.LearningService;
import org.passerelle.learning.ui.LearningIds;
import org.passerelle.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sign-in, lesson and verification pages carry their text in the HTML itself: a browser whose scripts are off
 * (or have not arrived yet on a slow link) shows it, and the sign-in form works as a plain form.
 */
class WithoutScriptsJourneyIT extends BrowserJourney {

    static final String LESSON = "/course/ai-public-policy/lesson/01-what-is-ai/01-defining-ai";

    @Autowired
    LearningService learning;

    @Test
    void aLearnerSignsInAndReadsALessonWithScriptsOff() {
        String username = newAccount(Role.LEARNER, "KE", Language.EN);
        signedIn.as(username);
        try {
            learning.enrol("ai-public-policy");
        } finally {
            signedIn.out();
        }
        withoutScripts(() -> {
            // A link to a lesson, signed out: the sign-in page, whose form needs no script.
            driver.get(url(LESSON));
            assertThat(driver.getCurrentUrl()).endsWith("/login");
            WebElement form = driver.findElement(By.id(IdentityIds.SIGN_IN));
            assertThat(form.getText()).contains("Sign in", "Username", "Password");
            form.findElement(By.name("username")).sendKeys(username);
            form.findElement(By.name("password")).sendKeys(DEMO_PASSWORD);
            form.findElement(By.cssSelector("button[type=submit]")).click();

            // The lesson the link asked for, readable: its place in the course, its title, its text, the way on.
            until(d -> d.getCurrentUrl().contains(LESSON)
                    && !d.findElements(By.id(LearningIds.LESSON_TEXT)).isEmpty());
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Defining artificial intelligence");
            assertThat(driver.findElement(By.id(LearningIds.LESSON_PLACE)).getText())
                    .isEqualTo("Module 1 of 6 · Lesson 1 of 3");
            assertThat(driver.findElement(By.id(LearningIds.LESSON_TEXT)).getText())
                    .contains("Why the definition matters to government")
                    .hasSizeGreaterThan(3000);
            assertThat(driver.findElement(By.id(LearningIds.BAR_NEXT)).getAttribute("href"))
                    .endsWith("/lesson/01-what-is-ai/02-how-machines-learn");
            // A button only a script can serve is not shown.
            assertThat(driver.findElements(By.id(LearningIds.COMPLETE_LESSON)))
                    .allSatisfy(button -> assertThat(button.isDisplayed()).isFalse());
        });
    }

    @Test
    void theVerificationPageAnswersWithScriptsOff() {
        withoutScripts(() -> {
            driver.get(url("/verify/not-a-record"));
            assertThat(driver.findElement(By.id(CredentialIds.VERIFY_STATE)).getText())
                    .isEqualTo("No record at this address");
            assertThat(driver.findElement(By.id(CredentialIds.VERIFY_NOT_FOUND)).getText())
                    .isNotBlank();
        });
    }

    private void withoutScripts(Runnable journey) {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            journey.run();
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
            driver.manage().deleteAllCookies();
        }
    }
}
