package org.passerelle.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.PasserelleTest;
import org.passerelle.SignedIn;
import org.passerelle.mail.MailDelivery;
import org.passerelle.shared.FieldProblem;
import org.passerelle.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Forgotten passwords against the real database, with the mail received through the embedded SMTP server. */
@PasserelleTest
class PasswordResetIntegrationTest {

    static final String OLD_PASSWORD = "an old sentence to forget";
    static final String NEW_PASSWORD = "a brand new sentence 2026";
    static final Pattern LINK = Pattern.compile("/reset-password/([A-Za-z0-9_-]{43})");

    @Autowired
    PasswordReset reset;

    @Autowired
    UserAdministration administration;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    GreenMail smtp;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    SignedIn signedIn;

    @Autowired
    SessionRegistry sessionRegistry;

    @Autowired
    MailDelivery delivery;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void aLinkSentByMailSetsANewPasswordOnceAndTheOldPasswordNoLongerWorks() throws Exception {
        String email = person("Awa Diop", Language.FR);

        reset.request(email, address());
        String token = token(single(email));

        assertThat(jdbc.queryForList("select token_hash from identity_password_reset", String.class))
                .as("only the token's hash is stored")
                .doesNotContain(token)
                .contains(AccountActivation.hash(token));
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_outbox where html_body like ? or text_body like ?",
                        Long.class,
                        "%" + token + "%",
                        "%" + token + "%"))
                .as("nor is the token in the stored message")
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where secret = ?", Long.class, token))
                .as("nor, once the message is sent, beside it")
                .isZero();
        String username = reset.reset(token, NEW_PASSWORD);

        UserAccount account = accounts.findByUsername(username).orElseThrow();
        assertThat(passwords.matches(NEW_PASSWORD, account.passwordHash())).isTrue();
        assertThat(passwords.matches(OLD_PASSWORD, account.passwordHash())).isFalse();
        assertThatThrownBy(() -> reset.reset(token, "yet another sentence here"))
                .isInstanceOf(FieldProblem.class)
                .hasMessageContaining("reset.invalid");
        assertThat(reset.username(token)).isEmpty();
    }

    @Test
    void aResetEndsEverySessionTheAccountWasSignedInWith() throws Exception {
        String email = person("Amina Yusuf", Language.EN);
        String username = accounts.findFirstByEmail(email).orElseThrow().username();
        String session = "session-" + UUID.randomUUID();
        sessionRegistry.registerNewSession(
                session,
                User.withUsername(username).password("x").roles("LEARNER").build());

        reset.request(email, address());
        reset.reset(token(single(email)), NEW_PASSWORD);

        assertThat(sessionRegistry.getSessionInformation(session).isExpired()).isTrue();
    }

    @Test
    void theMessageIsInTheAccountsLanguage() throws Exception {
        String email = person("Wanjiru Kamau", Language.RU);

        reset.request(email, address());

        MimeMessage message = single(email);
        assertThat(message.getSubject()).containsPattern("\\p{IsCyrillic}");
        assertThat(MailDelivery.part(message, "text/html")).contains("lang=\"ru\"");
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        int before = smtp.getReceivedMessages().length;

        reset.request("nobody-" + UUID.randomUUID() + "@example.org", address());
        reset.request("not an address", address());
        delivery.sendDue();

        assertThat(smtp.getReceivedMessages()).hasSize(before);
    }

    @Test
    void aLinkExpiresAfterAnHour() throws Exception {
        String email = person("Moussa Fall", Language.EN);
        reset.request(email, address());
        String token = token(single(email));

        clock.advance(Duration.ofMinutes(61));

        assertThat(reset.username(token)).isEmpty();
        assertThatThrownBy(() -> reset.reset(token, NEW_PASSWORD)).hasMessageContaining("reset.invalid");
    }

    @Test
    void anAccountReceivesAtMostThreeLinksAnHourAndAnAddressMayAskOnlySoOften() {
        String email = person("Fatou Sow", Language.EN);
        String from = address();
        for (int i = 0; i < 5; i++) {
            reset.request(email, from);
        }
        delivery.sendDue();
        assertThat(received(email)).hasSize(3);

        for (int i = 5; i < 10; i++) {
            reset.request("nobody-" + i + "@example.org", from);
        }
        assertThatThrownBy(() -> reset.request(email, from)).isInstanceOf(TooManyResetRequests.class);
        assertThat(received(email)).hasSize(3);
    }

    @Test
    void aNewPasswordFollowsThePasswordRule() throws Exception {
        String email = person("Ibrahima Ndiaye", Language.EN);
        reset.request(email, address());
        String token = token(single(email));

        assertThatThrownBy(() -> reset.reset(token, "short")).hasMessageContaining("password.too-short");
        assertThat(reset.username(token)).as("the link still works").isPresent();
    }

    private String person(String name, Language language) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "reset-" + tag + "@example.org";
        signedIn.as("admin");
        administration.create(
                new AccountDetails("reset-" + tag, name, email, "KE", language, Set.of(Role.LEARNER), OLD_PASSWORD));
        signedIn.out();
        return email;
    }

    /** A network address of its own per test, so that the per-address limit of one test leaves the others alone. */
    private static String address() {
        return "192.0.2." + UUID.randomUUID();
    }

    private MimeMessage single(String email) {
        delivery.sendDue();
        List<MimeMessage> received = received(email);
        assertThat(received).as("messages to %s", email).hasSize(1);
        return received.getFirst();
    }

    private List<MimeMessage> received(String email) {
        return delivery.receivedBy(email);
    }

    static String token(MimeMessage message) throws Exception {
        Matcher link = LINK.matcher(MailDelivery.part(message, "text/plain"));
        assertThat(link.find()).as("a reset link in the message").isTrue();
        return link.group(1);
    }
}
