package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.passerelle.identity.Role;
import org.passerelle.shared.IssuerLogo;
import org.passerelle.shared.Language;
import org.passerelle.shared.SwitchableIssuerLogo;
import org.springframework.beans.factory.annotation.Autowired;

class SignInJourneyIT extends BrowserJourney {

    @Autowired
    OpenSessions sessions;

    @Autowired
    IssuerLogo logo;

    @ParameterizedTest(name = "{0} signs in and sees {2}")
    @CsvSource({
        "admin,       /admin,       Administration, 'admin/users admin/audit'",
        "instructor,  /courses,     Courses,        ''",
        "learner,     /my-learning, My learning,    ''",
        "reviewer.ke, /cohorts,     My country’s cohorts, ''",
        "reviewer.sn, /cohorts,     Les cohortes de mon pays, ''",
        "apprenant,   /my-learning, Mon apprentissage, ''"
    })
    void eachDemoAccountSignsInToItsOwnHomeAndMenu(String username, String home, String title, String adminOnly) {
        signInThroughTheFormAndWaitForHome(username, DEMO_PASSWORD);

        assertThat(driver.getCurrentUrl()).endsWith(home);
        assertThat(shell.heading()).isEqualTo(title);
        assertThat(shell.menuPaths()).contains(home.substring(1));
        if (adminOnly.isBlank()) {
            assertThat(shell.menuPaths()).doesNotContain("admin", "admin/users", "admin/audit");
        } else {
            assertThat(shell.menuPaths()).contains(adminOnly.split(" "));
        }
    }

    @Test
    void theInstitutionsLogoShowsOnTheSignInCardTheVerificationPageAndTheHeaderAlsoOnAPhone() {
        SwitchableIssuerLogo logos = (SwitchableIssuerLogo) logo;
        logos.show(SwitchableIssuerLogo.pngFile(240, 80));
        try {
            new SignInPage(this).open();
            until(d -> shell.issuerLogoShownIn(".login-card"));
            new VerifyPage(this).openUnknown("/verify/aaaaaaaaaaaaaaaaaaaaaaaaaa");
            until(d -> shell.issuerLogoShownIn(".verify-top"));

            signInThroughTheFormAndWaitForHome(newAccount(Role.LEARNER, "KE", Language.AR), DEMO_PASSWORD);
            until(d -> shell.issuerLogoShownIn(".brand"));
            driver.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
            assertThat(shell.issuerLogoShownIn(".brand")).isTrue();
            assertThat(shell.headerHeight()).as("one bar on a phone").isLessThanOrEqualTo(64);
            assertThat(shell.scrollsSideways()).isFalse();
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            logos.hide();
        }
    }

    @Test
    void aLearnerTypingTheAdministrationAddressIsDenied() {
        signInThroughTheFormAndWaitForHome("learner", DEMO_PASSWORD);

        shell.openRefused("/admin/users");
        assertThat(pageText()).contains("This page does not exist, or your account cannot open it.");
        assertThat(pageText()).doesNotContain("New user");
        shell.openRefused("/admin");
    }

    @Test
    void aPageThatFailsWhileOpeningSaysSoInThePersonsLanguageWithoutTheException() {
        signInThroughTheFormAndWaitForHome("learner", DEMO_PASSWORD);
        shell.openFailing("/test-only/failing-page");

        assertThat(pageText())
                .contains("This page could not be shown")
                .contains("The service is briefly unavailable. Nothing you saved is lost; try again in a moment.")
                .doesNotContain("Exception")
                .doesNotContain("HikariPool")
                .doesNotContain("There was an exception");
        assertThat(shell.tryAgainAddress()).isEqualTo("test-only/failing-page");
    }

    @Test
    void aWrongPasswordShowsAnErrorAndLosesNothingTyped() {
        new SignInPage(this).show();
        SignInPage page = signIn("learner", "not the password at all");

        until(d -> d.getCurrentUrl().contains("error"));
        page.waitForError("The username or password is incorrect.");
    }

    @Test
    void theSixthRapidFailureShowsWhenToTryAgain() {
        String username = newAccount(Role.LEARNER, "KE", Language.EN);
        SignInPage page = new SignInPage(this).show();
        for (int attempt = 1; attempt <= 6; attempt++) {
            signIn(username, "wrong password number " + attempt);
            int expectedAttempt = attempt;
            until(d -> d.getCurrentUrl().contains("/login?") && expectedAttempt > 0);
            page.errorShown();
        }
        waitForText("Too many failed attempts: this account is locked. Try again in 1 min.");

        signIn(username, DEMO_PASSWORD);
        until(d -> d.getCurrentUrl().contains("locked="));
        page.waitForError("this account is locked");
    }

    @Test
    void aSignInFormWhoseTokenNoLongerHoldsGivesAFreshFormThatSaysSoAndSignsIn() {
        SignInPage page = new SignInPage(this).open();
        // What a page left open meets once its token is gone (changed by a sign-in elsewhere, or its session
        // replaced), while the page itself noticed nothing.
        sessions.forgetCsrfToken(driver.manage().getCookieNamed("JSESSIONID").getValue());
        page.signIn("learner", DEMO_PASSWORD);

        until(d -> d.getCurrentUrl().endsWith("/login?expired"));
        page.waitForError("This sign-in page had expired, so nobody was signed in. Please sign in again.");
        signInThroughTheFormAndWaitForHome("learner", DEMO_PASSWORD);
    }

    @Test
    void aSignInPageLeftOpenUntilItsSessionEndedEndsOnAWorkingFormNeverOnAnErrorPage() {
        SignInPage page = new SignInPage(this).open();
        sessions.expire(driver.manage().getCookieNamed("JSESSIONID").getValue());
        page.signIn("learner", DEMO_PASSWORD);

        // Whichever notices first: the page (Vaadin reloads a page whose session ended) or the sign-in (a stale
        // token), the person is on a sign-in form, not on an error page, and nobody was signed in.
        until(d -> d.getCurrentUrl().endsWith("/login") || d.getCurrentUrl().endsWith("/login?expired"));
        page.formShown();
        assertThat(pageText()).doesNotContain("403", "Forbidden", "Whitelabel", "error page");
        assertThat(shell.isSignedIn()).isFalse();
        signInThroughTheFormAndWaitForHome("learner", DEMO_PASSWORD);
    }

    @Test
    void aSignInFormOnAnotherSiteSignsNobodyInAndTheVisitorIsToldWhy() {
        String attackerPage = "<form method=post action='" + url("/login") + "'>"
                + "<input name=username value=learner><input name=password value=" + DEMO_PASSWORD + ">"
                + "<button id=go>Go</button></form>";
        driver.get("data:text/html;charset=utf-8,"
                + URLEncoder.encode(attackerPage, StandardCharsets.UTF_8).replace("+", "%20"));
        driver.findElement(By.id("go")).click();

        until(d -> d.getCurrentUrl().endsWith("/login?other-site"));
        new SignInPage(this)
                .waitForError("A sign-in sent from another website was refused. To sign in, use this page.");
        driver.get(url("/my-learning"));
        until(d -> d.getCurrentUrl().endsWith("/login"));
    }

    @Test
    void signingOutEndsTheSession() {
        signInThroughTheFormAndWaitForHome("instructor", DEMO_PASSWORD);
        shell.signOut();
        until(d -> d.getCurrentUrl().contains("/login"));

        driver.get(url("/courses"));
        until(d -> d.getCurrentUrl().endsWith("/login"));
    }

    @Test
    void closingTheLastTabEndsTheSessionSoonAfter() {
        String session = signedInOnAPageThenClosedIt();

        until(d -> sessions.ended(session));
        driver.get(url("/my-learning"));
        until(d -> d.getCurrentUrl().endsWith("/login"));
    }

    @Test
    void aPageOpenedAgainBeforeThenKeepsTheSessionSignedIn() {
        String session = signedInOnAPageThenClosedIt();
        until(d -> sessions.idleAllowed(session).orElseThrow() == 5);

        driver.get(url(MyLearningPage.PATH));
        shell.signedIn();
        assertThat(sessions.idleAllowed(session))
                .as("the session's full idle time is back")
                .contains(30 * 60);
    }

    /** A learner on their home page opens another tab (not Passerelle) and closes Passerelle's. */
    private String signedInOnAPageThenClosedIt() {
        signInThroughTheFormAndWaitForHome("learner", DEMO_PASSWORD);
        String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
        String passerelle = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        String other = driver.getWindowHandle();
        driver.switchTo().window(passerelle).close();
        driver.switchTo().window(other);
        assertThat(sessions.ended(session)).as("not ended at once").isFalse();
        return session;
    }
}
