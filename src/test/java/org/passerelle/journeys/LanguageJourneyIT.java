package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
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
        shell.signedIn();
        assertThat(documentAttribute("lang")).isEqualTo("ar");
        assertThat(shell.heading()).isEqualTo("تعلّمي");

        driver.navigate().refresh();
        shell.signedIn();
        until(d -> "rtl".equals(documentAttribute("dir")));
        assertThat(shell.heading()).isEqualTo("تعلّمي");
    }

    @Test
    void switchingToFrenchShowsFrenchAndIsRememberedAtTheNextSignIn() {
        String username = newAccount(Role.LEARNER, "SN", Language.EN);
        signInAndWaitForHome(username, DEMO_PASSWORD);

        chooseLanguage("Français");
        until(d -> "fr".equals(documentAttribute("lang")));
        shell.signedIn();
        assertThat(shell.heading()).isEqualTo("Mon apprentissage");
        assertThat(shell.signOutLabel()).isEqualTo("Se déconnecter");
        assertThat(driver.executeScript("return document.querySelector('vaadin-connection-indicator').offlineText"))
                .as("what a learner reads when the connection drops")
                .isEqualTo("Connexion perdue");

        driver.manage().deleteAllCookies();
        signInAndWaitForHome(username, DEMO_PASSWORD);
        assertThat(shell.heading()).isEqualTo("Mon apprentissage");
    }

    @Test
    void arrowingThroughTheLanguagesOnlyMovesTheSelectionAndEnterChoosesIt() {
        String username = newAccount(Role.LEARNER, "SN", Language.EN);
        signInAndWaitForHome(username, DEMO_PASSWORD);
        driver.executeScript("window.stillTheSamePage = true");

        // English, then Français, Русский, back to Français: each arrow moves the selection of the closed picker.
        shell.arrowThroughLanguages(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_UP);
        assertThat(shell.languageInPicker()).isEqualTo("fr");
        waitForVaadin();
        assertThat(documentAttribute("lang")).as("the language while arrowing").isEqualTo("en");
        assertThat(driver.executeScript("return window.stillTheSamePage === true"))
                .as("the page was not reloaded")
                .isEqualTo(true);
        assertThat(shell.heading()).isEqualTo("My learning");

        shell.confirmLanguage();
        until(d -> "fr".equals(documentAttribute("lang")));
        shell.signedIn();
        assertThat(shell.heading()).isEqualTo("Mon apprentissage");
    }

    @Test
    void theLoginPageCanBeReadInArabicBeforeSigningIn() {
        SignInPage page = new SignInPage(this).show();
        chooseLanguage("العربية");
        until(d -> "rtl".equals(documentAttribute("dir")));
        page.waitForForm();
        waitForText("تسجيل الدخول");
    }
}
