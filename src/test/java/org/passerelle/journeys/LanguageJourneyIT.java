package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.passerelle.identity.Role;
import org.passerelle.shared.Language;

class LanguageJourneyIT extends BrowserJourney {

    @Test
    void switchingToArabicTurnsThePageRightToLeftAndSurvivesAReload() {
        String username = newAccount(Role.LEARNER, "EG", Language.EN);
        signInThroughTheFormAndWaitForHome(username, DEMO_PASSWORD);
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
        signInThroughTheFormAndWaitForHome(username, DEMO_PASSWORD);

        chooseLanguage("Français");
        until(d -> "fr".equals(documentAttribute("lang")));
        shell.signedIn();
        assertThat(shell.heading()).isEqualTo("Mon apprentissage");
        assertThat(shell.signOutLabel()).isEqualTo("Se déconnecter");
        assertThat(driver.executeScript("return document.querySelector('vaadin-connection-indicator').offlineText"))
                .as("what a learner reads when the connection drops")
                .isEqualTo("Connexion perdue");

        driver.manage().deleteAllCookies();
        signInThroughTheFormAndWaitForHome(username, DEMO_PASSWORD);
        assertThat(shell.heading()).isEqualTo("Mon apprentissage");
    }

    @Test
    void arrowingThroughTheLanguagesOnlyMovesTheSelectionAndEnterChoosesIt() {
        String username = newAccount(Role.LEARNER, "SN", Language.EN);
        signInThroughTheFormAndWaitForHome(username, DEMO_PASSWORD);
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
    void anEnglishTitleInAnArabicSentenceKeepsItsOwnDirection() {
        String username = newAccount(Role.LEARNER, "EG", Language.AR);
        signInThroughTheFormAndWaitForHome(username, DEMO_PASSWORD);
        CoursePage course = new CoursePage(this).open("/course/ai-public-policy");

        WebElement title = course.firstStepTitle();
        assertThat(title.getText()).isEqualTo("Defining artificial intelligence");
        assertThat(title.getDomAttribute("lang")).isEqualTo("en");
        assertThat(title.getDomAttribute("dir")).as("the title, left to right").isEqualTo("ltr");
        WebElement step = course.firstStep();
        assertThat(step.getText())
                .as("the minutes in Arabic, outside the title")
                .startsWith("Defining artificial intelligence (15 دقيقة)");
        assertThat(step.findElement(By.xpath("./*[1]")).getDomAttribute("dir"))
                .as("the words around the title follow the page, right to left")
                .isNull();
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
