package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.JavascriptExecutor;
import org.passerelle.identity.Role;
import org.passerelle.shared.Language;

/** Every page each role can open, in English and in Arabic (right to left), passes axe-core. */
class AccessibilityJourneyIT extends BrowserJourney {

    @ParameterizedTest(name = "{0} in English and Arabic")
    @EnumSource(Role.class)
    void everyPageOfEachRolePassesInEnglishAndArabic(Role role) {
        for (Language language : new Language[] {Language.EN, Language.AR}) {
            driver.manage().deleteAllCookies();
            String username = newAccount(role, role == Role.ADMIN ? null : "KE", language);
            signInAndWaitForHome(username, DEMO_PASSWORD);
            for (String path : shell.menuPaths()) {
                open("/" + path, "main");
            }
            shell.openRefused("/no-such-page");
        }
        driver.manage().deleteAllCookies();
        new SignInPage(this).show();
    }

    @Test
    void theCheckFailsOnAPageWithAnImageWithoutTextAndAFieldWithoutName() {
        new SignInPage(this).show();
        ((JavascriptExecutor) driver)
                .executeScript("document.querySelector('main').insertAdjacentHTML('beforeend',"
                        + " '<img src=\"x.png\"><input type=\"text\">')");

        assertThatThrownBy(() -> Accessibility.check(driver, "/login with two faults"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt")
                .hasMessageContaining("label");
    }
}
