package org.passerelle.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.PasserelleTest;
import org.passerelle.SignedIn;
import org.passerelle.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox against the real database and real SMTP (the embedded GreenMail server the test application starts). */
@PasserelleTest
class OutboxIntegrationTest {

    @Autowired
    Outbox outbox;

    @Autowired
    MailSender sender;

    @Autowired
    QueuedMails mails;

    @Autowired
    MailSettings settings;

    @Autowired
    MailDelivery delivery;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void aQueuedMessageArrivesAsHtmlAndTextInTheRecipientsLanguageRightToLeftForArabic() throws Exception {
        String address = address("fatima");
        queue(letter(address, "فاطمة الزهراء", Language.AR));

        sender.sendDue();

        MimeMessage received = single(address);
        assertThat(received.getSubject()).contains("Passerelle").containsPattern("\\p{IsArabic}");
        assertThat(received.getHeader("Content-Language", null)).isEqualTo("ar");
        assertThat(((InternetAddress) received.getRecipients(Message.RecipientType.TO)[0]).getPersonal())
                .isEqualTo("فاطمة الزهراء");
        String html = part(received, "text/html");
        assertThat(html).contains("lang=\"ar\"", "dir=\"rtl\"", "href=\"https://example.org/activate/ABC\"");
        assertThat(part(received, "text/plain")).contains("https://example.org/activate/ABC", "Passerelle");
        assertThat(received.getMessageID()).isEqualTo(row(address).messageId());
        OutboxEntry entry = entry(address);
        assertThat(entry.status()).isEqualTo(MailStatus.SENT);
        assertThat(entry.attempts()).isEqualTo(1);
    }

    @Test
    void aMessageSentAgainAfterACrashBetweenAcceptanceAndMarkingCarriesTheSameMessageIdAndNoneIsMissing()
            throws Exception {
        List<String> addresses = List.of(address("one"), address("two"), address("three"));
        addresses.forEach(address -> queue(letter(address, "Wanjiru Kamau", Language.EN)));
        // The sender takes the first message and the SMTP server accepts it; the process dies before the mark.
        QueuedMail taken = sender.claim(row(addresses.getFirst()).id());
        sender.deliver(taken);
        assertThat(received(addresses.getFirst())).hasSize(1);
        assertThat(entry(addresses.getFirst()).status()).isEqualTo(MailStatus.QUEUED);

        // After the restart, the message is held until its lease runs out, then sent again.
        sender.sendDue();
        assertThat(received(addresses.getFirst())).as("held while leased").hasSize(1);
        clock.advance(settings.lease().plusSeconds(1));
        sender.sendDue();

        List<MimeMessage> first = received(addresses.getFirst());
        assertThat(first).hasSize(2);
        assertThat(first.get(1).getMessageID()).isEqualTo(first.get(0).getMessageID());
        for (String address : addresses) {
            assertThat(received(address)).as("received by %s", address).isNotEmpty();
            assertThat(entry(address).status()).isEqualTo(MailStatus.SENT);
        }
    }

    @Test
    void anSmtpServerThatIsDownDelaysMailThenAMessageThatKeepsFailingIsMarkedFailedAndCanBeSentAgain()
            throws Exception {
        String address = address("patient");
        MailSender down = new MailSender(mails, unreachableSmtp(), transactionManager, clock, settings);
        queue(letter(address, "Aminata Diallo", Language.FR));

        long id = row(address).id();
        down.attempt(down.claim(id));
        OutboxEntry delayed = entry(address);
        assertThat(delayed.status()).isEqualTo(MailStatus.QUEUED);
        assertThat(delayed.attempts()).isEqualTo(1);
        assertThat(delayed.lastError()).containsIgnoringCase("connect");
        assertThat(down.claim(id)).as("not due again before its wait").isNull();

        for (int attempt = 2; attempt <= RetryRule.DEFAULT.attempts(); attempt++) {
            clock.advance(Duration.ofHours(2).plusMinutes(1));
            down.attempt(down.claim(id));
        }
        OutboxEntry failed = entry(address);
        assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(10);
        assertThat(failed.lastError()).containsIgnoringCase("connect");
        assertThat(received(address)).isEmpty();

        signedIn.as("admin");
        outbox.resend(id);
        sender.sendDue();

        assertThat(received(address)).hasSize(1);
        assertThat(entry(address).status()).isEqualTo(MailStatus.SENT);
        assertThatThrownBy(() -> outbox.resend(id)).hasMessageContaining("outbox.resend.not-failed");
    }

    @Test
    void lineBreaksInADisplayNameOrASubjectAddNoHeader() throws Exception {
        String address = address("eve");
        String mallory = "mallory-" + UUID.randomUUID() + "@evil.example";
        queue(letter(address, "Eve\r\nBcc: " + mallory, Language.EN));
        jdbc.update(
                "update mail_outbox set subject = ? where recipient_address = ?",
                "Hello\r\nX-Injected: yes\r\nBcc: " + mallory,
                address);

        sender.sendDue();

        MimeMessage received = single(address);
        assertThat(received.getHeader("X-Injected")).isNull();
        assertThat(received.getHeader("Bcc")).isNull();
        assertThat(received.getAllRecipients()).hasSize(1);
        assertThat(((InternetAddress) received.getAllRecipients()[0]).getAddress())
                .isEqualTo(address);
        assertThat(delivery.receivedBy(mallory))
                .as("no copy to an address typed into a header")
                .isEmpty();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        received.writeTo(raw);
        String headers = raw.toString(StandardCharsets.UTF_8).split("\r\n\r\n", 2)[0];
        assertThat(headers.lines()).noneMatch(line -> line.startsWith("X-Injected") || line.startsWith("Bcc"));
    }

    @Test
    void onlyAdministratorsReadTheOutbox() {
        signedIn.as("learner");

        assertThatThrownBy(() -> outbox.newestFirst(0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outbox.html(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outbox.resend(1)).isInstanceOf(AccessDeniedException.class);
    }

    private void queue(Letter letter) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> outbox.queue(letter));
    }

    static Letter letter(String address, String name, Language language) {
        return new Letter(
                MailKind.ACCOUNT_ACTIVATION,
                new Recipient(null, address, name, language),
                "mail.activation.subject",
                List.of(
                        Letter.Text.of("mail.activation.intro", "someone"),
                        Letter.Text.of("mail.activation.choose", "1 January 2027")),
                new Letter.Action("mail.activation.action", "https://example.org/activate/ABC"),
                null);
    }

    private static String address(String who) {
        return who + "-" + UUID.randomUUID() + "@example.org";
    }

    private QueuedMail row(String address) {
        Long id = jdbc.queryForObject("select id from mail_outbox where recipient_address = ?", Long.class, address);
        return mails.findById(id).orElseThrow();
    }

    private OutboxEntry entry(String address) {
        return OutboxEntry.of(row(address));
    }

    private MimeMessage single(String address) {
        List<MimeMessage> received = received(address);
        assertThat(received).as("messages received by %s", address).hasSize(1);
        return received.getFirst();
    }

    private List<MimeMessage> received(String address) {
        return delivery.receivedBy(address);
    }

    private static String part(MimeMessage message, String type) {
        return MailDelivery.part(message, type);
    }

    /** A sender to a port nobody listens on: the SMTP server is down. */
    private static JavaMailSenderImpl unreachableSmtp() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        JavaMailSenderImpl down = new JavaMailSenderImpl();
        down.setHost("127.0.0.1");
        down.setPort(port);
        return down;
    }
}
