package org.passerelle.mail;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds, in the background: each due message is taken for a while (a lease, so that another
 * instance leaves it alone), handed to the SMTP server, then marked sent — or, when it failed, given its next try by
 * the {@link RetryRule} or marked failed with the server's reply. A crash between the server's acceptance and the
 * mark leaves the message to be sent again once its lease runs out, with the same {@code Message-ID}.
 */
@Component
class MailSender {

    private static final Logger log = LoggerFactory.getLogger(MailSender.class);
    private static final int BATCH = 50;

    private final QueuedMails mails;
    private final JavaMailSender smtp;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final RetryRule retries;
    private final Duration lease;
    private final InternetAddress from;
    private final Session session = Session.getInstance(new Properties());

    MailSender(
            QueuedMails mails,
            JavaMailSender smtp,
            PlatformTransactionManager transactionManager,
            Clock clock,
            MailSettings settings) {
        this.mails = mails;
        this.smtp = smtp;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.retries = settings.retries();
        this.lease = settings.lease();
        this.from = settings.from();
    }

    /** Every few seconds (when scheduled jobs run), sends what is due. */
    @Scheduled(fixedDelayString = "${passerelle.mail.poll:PT10S}", initialDelayString = "PT15S")
    void sendWhatIsDue() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            log.warn("Could not read the outbox; will try again", e);
        }
    }

    /** Sends the messages due now, batch after batch; returns how many the SMTP server accepted. */
    int sendDue() {
        int accepted = 0;
        while (true) {
            var due = mails.due(clock.instant(), PageRequest.of(0, BATCH));
            int taken = 0;
            for (long id : due) {
                QueuedMail mail = claim(id);
                if (mail == null) {
                    continue;
                }
                taken++;
                if (attempt(mail)) {
                    accepted++;
                }
            }
            if (due.size() < BATCH || taken == 0) {
                return accepted;
            }
        }
    }

    /** Takes a due message for this sender, or null when another sender has it or it is no longer due. */
    @Nullable
    QueuedMail claim(long id) {
        return transactions.execute(status -> {
            Instant now = clock.instant();
            if (mails.claim(id, now, now.plus(lease)) != 1) {
                return null;
            }
            return mails.findById(id).orElse(null);
        });
    }

    /** One attempt at a taken message, marked afterwards; true when the SMTP server accepted it. */
    boolean attempt(QueuedMail mail) {
        try {
            deliver(mail);
        } catch (RuntimeException | jakarta.mail.MessagingException | UnsupportedEncodingException e) {
            SmtpReply reply = SmtpReply.of(e);
            log.info("Mail #{} not sent (attempt {}): {}", mail.id(), mail.attempts() + 1, reply.text());
            mark(
                    mail.id(),
                    row -> row.failed(
                            reply.text(),
                            retries.retryAt(row.attempts() + 1, reply.permanent(), clock.instant())
                                    .orElse(null)));
            return false;
        }
        mark(mail.id(), row -> row.sent(clock.instant()));
        return true;
    }

    /** Hands a message to the SMTP server; nothing is marked (a crash right after this is what tests simulate). */
    void deliver(QueuedMail mail) throws jakarta.mail.MessagingException, UnsupportedEncodingException {
        MimeMessage message = new FixedIdMessage(session, mail.messageId());
        MimeMessageHelper helper = new MimeMessageHelper(
                message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        // Addresses and names always go through InternetAddress, which encodes them; never joined by hand.
        helper.setTo(new InternetAddress(
                mail.recipientAddress(), HeaderText.clean(mail.recipientName()), StandardCharsets.UTF_8.name()));
        helper.setSubject(java.util.Objects.requireNonNullElse(HeaderText.clean(mail.subject()), "-"));
        helper.setSentDate(java.util.Date.from(clock.instant()));
        helper.setText(mail.textToSend(), mail.htmlToSend());
        message.setHeader("Content-Language", mail.language());
        if (mail.kind().essential()) {
            // Tells auto-responders not to answer an account message.
            message.setHeader("Auto-Submitted", "auto-generated");
        }
        smtp.send(message);
    }

    private void mark(long id, java.util.function.Consumer<QueuedMail> change) {
        transactions.executeWithoutResult(status -> mails.findById(id).ifPresent(change));
    }

    /** A message whose {@code Message-ID} is the one chosen when it was queued, whenever and however often sent. */
    static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws jakarta.mail.MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
