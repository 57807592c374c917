package org.passerelle.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One message of the outbox, from the moment it is queued (written by {@link Outbox#queueAll}, many rows a statement);
 * see {@code V19__mail_outbox.sql}.
 */
@Entity
@Table(name = "mail_outbox")
class QueuedMail {

    /** Longest SMTP reply kept: the column's size. */
    static final int LONGEST_ERROR = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_id")
    private String messageId;

    @Enumerated(EnumType.STRING)
    private MailKind kind;

    private boolean essential;

    @Column(name = "recipient_user_id")
    private @Nullable Long recipientUserId;

    @Column(name = "recipient_address")
    private String recipientAddress;

    @Column(name = "recipient_name")
    private @Nullable String recipientName;

    private String language;

    private String subject;

    @Column(name = "html_body")
    private String htmlBody;

    @Column(name = "text_body")
    private String textBody;

    private @Nullable String secret;

    @Enumerated(EnumType.STRING)
    private MailStatus status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "lease_until")
    private @Nullable Instant leaseUntil;

    @Column(name = "last_error")
    private @Nullable String lastError;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    protected QueuedMail() {}

    Long id() {
        return id;
    }

    String messageId() {
        return messageId;
    }

    MailKind kind() {
        return kind;
    }

    String recipientAddress() {
        return recipientAddress;
    }

    @Nullable
    String recipientName() {
        return recipientName;
    }

    String language() {
        return language;
    }

    String subject() {
        return subject;
    }

    MailStatus status() {
        return status;
    }

    int attempts() {
        return attempts;
    }

    @Nullable
    String lastError() {
        return lastError;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable
    Instant sentAt() {
        return sentAt;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    /** The HTML body as it is sent: with its secret, while the message still holds it. */
    String htmlToSend() {
        return withSecret(htmlBody);
    }

    String textToSend() {
        return withSecret(textBody);
    }

    /** The HTML body to show an administrator: a secret already erased shows as dots. */
    String htmlToShow() {
        return withSecret(htmlBody);
    }

    private String withSecret(String body) {
        return body.replace(Letter.SECRET, secret == null ? "••••••" : secret);
    }

    /** The SMTP server accepted the message: done, and its secret is no longer kept. */
    void sent(Instant now) {
        status = MailStatus.SENT;
        attempts++;
        sentAt = now;
        leaseUntil = null;
        secret = null;
        lastError = null;
    }

    /** An attempt failed: try again at {@code retryAt}, or give up when there is none. */
    void failed(String reply, @Nullable Instant retryAt) {
        attempts++;
        leaseUntil = null;
        lastError = reply.length() > LONGEST_ERROR ? reply.substring(0, LONGEST_ERROR) : reply;
        if (retryAt == null) {
            status = MailStatus.FAILED;
            secret = null;
        } else {
            nextAttemptAt = retryAt;
        }
    }

    /** An administrator asks for a failed message to be sent again, from a fresh count of attempts. */
    void resend(Instant now) {
        status = MailStatus.QUEUED;
        attempts = 0;
        nextAttemptAt = now;
        leaseUntil = null;
    }
}
