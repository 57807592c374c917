package org.passerelle.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.PasserelleTest;
import org.passerelle.SignedIn;
import org.passerelle.identity.ActivationCode;
import org.passerelle.mail.MailDelivery;
import org.springframework.beans.factory.annotation.Autowired;

/** A bulk enrolment mails each new account its activation link, in the language of its row. */
@PasserelleTest
class ActivationMailIntegrationTest {

    @Autowired
    BulkEnrolment bulk;

    @Autowired
    CohortAdministration administration;

    @Autowired
    MailDelivery delivery;

    @Autowired
    SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void eachNewcomerReceivesTheirActivationLinkInTheirLanguageAndTheListStays() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        signedIn.as("admin");
        LocalDate start = LocalDate.of(2027, 3, 1);
        long cohort = administration
                .save(new CohortForm(
                        null,
                        0,
                        "Rabat " + tag,
                        "SN",
                        start,
                        start.plusDays(60),
                        Set.of(BulkEnrolmentIntegrationTest.COURSE),
                        Set.of()))
                .id();
        byte[] file = ("email,given name,family name,language\n"
                        + "fatima.%1$s@gov.example,فاطمة,الزهراء,ar\n"
                        + "awa.%1$s@gouv.sn,Awa,Diop,fr\n"
                        + "john.%1$s@gov.example,John,Mwangi,en\n"
                        + "apprenant@passerelle.example,Awa,Ndiaye,\n")
                .formatted(tag)
                .getBytes(StandardCharsets.UTF_8);

        EnrolmentDone done = bulk.enrol(cohort, file, BulkEnrolment.Progress.NONE);
        delivery.sendDue();

        assertThat(done.created()).hasSize(3);
        for (ActivationCode created : done.created()) {
            assertThat(delivery.receivedBy(created.email()))
                    .as("mail to %s", created.email())
                    .hasSize(1);
            String html = MailDelivery.part(delivery.receivedBy(created.email()).getFirst(), "text/html");
            assertThat(html).contains("/activate/" + created.code(), created.username());
        }
        MimeMessage arabic =
                delivery.receivedBy("fatima." + tag + "@gov.example").getFirst();
        assertThat(arabic.getSubject()).containsPattern("\\p{IsArabic}");
        assertThat(MailDelivery.part(arabic, "text/html")).contains("lang=\"ar\"", "dir=\"rtl\"");
        assertThat(MailDelivery.part(
                        delivery.receivedBy("awa." + tag + "@gouv.sn").getFirst(), "text/html"))
                .contains("lang=\"fr\"", "Bonjour");
        assertThat(delivery.receivedBy("apprenant@passerelle.example"))
                .as("no activation for an account that exists")
                .noneMatch(message -> subjectOf(message).contains(tag));
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
