package org.passerelle.mail;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.passerelle.shared.FieldProblem;
import org.passerelle.shared.database.MultiRowInsert;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messages Passerelle sends. A module queues a message in the transaction of the change that causes it: both are
 * kept, or neither; sending happens afterwards, in the background, so an SMTP server that is down delays mail and
 * never fails the change. Administrators read the outbox and send a failed message again.
 */
@Service
public class Outbox {

    private final QueuedMails mails;
    private final MailComposer composer;
    private final MailSettings settings;
    private final MultiRowInsert insert;
    private final Clock clock;

    Outbox(QueuedMails mails, MailComposer composer, MailSettings settings, MultiRowInsert insert, Clock clock) {
        this.mails = mails;
        this.insert = insert;
        this.composer = composer;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Writes a message in its recipient's language and queues it, in the caller's transaction; its
     * {@code Message-ID} is chosen now, once for all its sendings.
     */
    // Anyone's action may cause a message (a forgotten password is asked for signed out): the caller's own guard
    // decides who may cause it.
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(Letter letter) {
        queueAll(List.of(letter));
    }

    /**
     * Queues many messages at once, in the caller's transaction, with a few statements (a bulk enrolment of
     * thousands of people queues thousands of messages).
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.MANDATORY)
    public void queueAll(List<Letter> letters) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>(letters.size());
        for (Letter letter : letters) {
            MailComposer.Composed composed = composer.compose(letter);
            rows.add(new Object[] {
                "<" + UUID.randomUUID() + "@" + settings.messageIdDomain() + ">",
                letter.kind().name(),
                letter.kind().essential(),
                letter.to().userId(),
                letter.to().address(),
                letter.to().name(),
                letter.to().language().code(),
                composed.subject(),
                composed.html(),
                composed.text(),
                letter.secret(),
                MailStatus.QUEUED.name(),
                now,
                now
            });
        }
        insert.insert(
                "insert into mail_outbox (message_id, kind, essential, recipient_user_id, recipient_address,"
                        + " recipient_name, language, subject, html_body, text_body, secret, status, attempts,"
                        + " next_attempt_at, created_at)",
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
                rows);
    }

    /** The outbox, newest first, a page at a time. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<OutboxEntry> newestFirst(int offset, int limit) {
        int size = Math.max(1, limit);
        return mails.findAllByOrderByCreatedAtDescIdDesc(PageRequest.of(offset / size, size))
                .map(OutboxEntry::of);
    }

    /** Whether no SMTP server is configured: messages go to the embedded one and reach nobody. */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean deliversNowhere() {
        return settings.embedded();
    }

    /** A message's HTML as sent (a secret it carried, once sent, shows as dots), for an administrator to read. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<String> html(long id) {
        // Links open in a new tab: the page shows the message in a sandboxed frame that may not navigate itself.
        return mails.findById(id)
                .map(mail -> mail.htmlToShow().replaceFirst("<head>", "<head><base target=\"_blank\">"));
    }

    /**
     * Puts a failed message back in the queue, to be sent at once with a fresh count of attempts.
     *
     * @throws FieldProblem when the message is not (or no longer) failed
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public OutboxEntry resend(long id) {
        QueuedMail mail = mails.findById(id)
                .filter(found -> found.status() == MailStatus.FAILED)
                .orElseThrow(() -> new FieldProblem("mail", "outbox.resend.not-failed"));
        mail.resend(clock.instant());
        return OutboxEntry.of(mail);
    }
}
