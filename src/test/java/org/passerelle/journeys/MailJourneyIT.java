package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.passerelle.identity.Role;
import org.passerelle.mail.MailDelivery;
import org.passerelle.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Mail that people act on: a learner who forgot their password gets a link by mail and chooses a new one; three
 * officials enrolled from a file each get their activation mail in their own language, and the Arabic-speaking one
 * activates her account from it. Mail is read from the embedded SMTP server the test application runs.
 */
class MailJourneyIT extends BrowserJourney {

    static final Pattern RESET_LINK = Pattern.compile("https?://[^/\\s]+(/reset-password/[A-Za-z0-9_-]+)");
    static final Pattern ACTIVATION_LINK = Pattern.compile("https?://[^/\\s]+(/activate/[A-Z0-9]+)");

    @Autowired
    MailDelivery delivery;

    @Test
    void aLearnerWhoForgotTheirPasswordResetsItFromTheMailAndTheLinkThenNoLongerWorks() {
        String username = newAccount(Role.LEARNER, "KE", Language.EN);
        String email = username + "@example.org";
        // Signed in somewhere (another device): the reset will end that session.
        signInAndWaitForHome(username, DEMO_PASSWORD);
        Cookie elsewhere = driver.manage().getCookieNamed("JSESSIONID");
        driver.manage().deleteAllCookies();

        String answer = new ForgotPasswordPage(this).fromSignIn().askFor(email);
        assertThat(answer).contains("If an account uses this address");
        delivery.sendDue();

        List<MimeMessage> received = delivery.receivedBy(email);
        assertThat(received).hasSize(1);
        String link = path(RESET_LINK, MailDelivery.part(received.getFirst(), "text/plain"));
        ResetPasswordPage reset = new ResetPasswordPage(this).open(link);
        assertThat(reset.account()).contains(username);
        saveScreenshot("reset-password");
        reset.choosePassword("a new sentence for my account");

        signInThroughTheFormAndWaitForHome(username, "a new sentence for my account");
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(elsewhere);
        new SignInPage(this).showAt("/");
        driver.manage().deleteAllCookies();
        signIn(username, DEMO_PASSWORD).errorShown();
        assertThat(new ResetPasswordPage(this).open(link).linkRefused()).isTrue();
    }

    @Test
    void threeOfficialsEnrolledFromAFileGetTheirActivationMailInTheirLanguageAndOneActivatesFromIt() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        long cohort = senegalCohort("Rabat " + tag);
        Path file = Files.writeString(Path.of("target", "mail-" + tag + ".csv"), """
                email,given name,family name,language
                fatima.%1$s@gov.example,فاطمة,الزهراء,ar
                awa.%1$s@gouv.sn,Awa,Diop,fr
                john.%1$s@gov.example,John,Mwangi,en
                """.formatted(tag));

        signInAndWaitForHome("admin", DEMO_PASSWORD);
        BulkEnrolmentPage page = new BulkEnrolmentPage(this).open(cohort);
        page.upload(file);
        page.waitUntilEnrolAllowed();
        page.enrol();
        assertThat(page.codes()).as("the list for offline delivery stays").isNotBlank();
        delivery.sendDue();

        MimeMessage arabic =
                delivery.receivedBy("fatima." + tag + "@gov.example").getFirst();
        assertThat(MailDelivery.part(arabic, "text/html")).contains("lang=\"ar\"", "dir=\"rtl\"");
        assertThat(MailDelivery.part(
                        delivery.receivedBy("awa." + tag + "@gouv.sn").getFirst(), "text/plain"))
                .contains("Bonjour Awa Diop");
        assertThat(MailDelivery.part(
                        delivery.receivedBy("john." + tag + "@gov.example").getFirst(), "text/plain"))
                .contains("Hello John Mwangi");
        assertThat(new OutboxPage(this)
                        .open()
                        .listed("john." + tag + "@gov.example")
                        .readNewest())
                .contains("/activate/");

        driver.manage().deleteAllCookies();
        driver.get(url(path(ACTIVATION_LINK, MailDelivery.part(arabic, "text/plain"))));
        ActivatePage activation = new ActivatePage(this).shown();
        until(d -> activation.account().contains("fatima." + tag));
        activation.choosePassword("جملة سرية طويلة للحساب");
        signInThroughTheFormAndWaitForHome("fatima." + tag, "جملة سرية طويلة للحساب");
    }

    private static String path(Pattern link, String text) {
        Matcher found = link.matcher(text);
        assertThat(found.find()).as("a link in the message:\n%s", text).isTrue();
        return found.group(1);
    }
}
