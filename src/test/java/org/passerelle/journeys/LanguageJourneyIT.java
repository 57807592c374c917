package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.passerelle.identity.Role;
import org.passerelle.shared.Language;

class LanguageJourneyIT extends BrowserJourney {

    @Test
    void switchingToArabicTurnsThePageRightToLeftAndSurvivesAReload() {
        String username = newAccount(Role.LEARNER, "EG", Language.EN);
        signInAndWaitForHome(username, DEMO_PASSWORD);
        assertThat(documentAttribute("dir")).isEqualTo("ltr");

        chooseLanguage("العربية");
        until(d -> "rtl".equals(documentAttribute("dir")));
        ready("#signed-in-as");
        assertThat(documentAttribute("lang")).isEqualTo("ar");
        assertThat(driver.findElement(By.cssSelector("main h2")).getText()).isEqualTo("تعلّمي");

        driver.navigate().refresh();
        ready("#signed-in-as");
        until(d -> "rtl".equals(documentAttribute("dir")));
        assertThat(driver.findElement(By.cssSelector("main h2")).getText()).isEqualTo("تعلّمي");
    }

    @Test
    void switchingToFrenchShowsFrenchAndIsRememberedAtTheNextSignIn() {
        String username = newAccount(Role.LEARNER, "SN", Language.EN);
        signInAndWaitForHome(username, DEMO_PASSWORD);

        chooseLanguage("Français");
        until(d -> "fr".equals(documentAttribute("lang")));
        ready("#signed-in-as");
        assertThat(driver.findElement(By.cssSelector("main h2")).getText()).isEqualTo("Mon apprentissage");
        assertThat(driver.findElement(By.id("sign-out")).getText()).isEqualTo("Se déconnecter");
        assertThat(driver.executeScript("return document.querySelector('vaadin-connection-indicator').offlineText"))
                .as("what a learner reads when the connection drops")
                .isEqualTo("Connexion perdue");

        driver.manage().deleteAllCookies();
        signInAndWaitForHome(username, DEMO_PASSWORD);
        assertThat(driver.findElement(By.cssSelector("main h2")).getText()).isEqualTo("Mon apprentissage");
    }

    @Test
    void theLoginPageCanBeReadInArabicBeforeSigningIn() {
        open("/login", "#sign-in");
        chooseLanguage("العربية");
        until(d -> "rtl".equals(documentAttribute("dir")));
        ready("#sign-in");
        waitForText("تسجيل الدخول");
    }
}
