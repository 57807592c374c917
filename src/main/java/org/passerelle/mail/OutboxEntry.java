package org.passerelle.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A message of the outbox as administrators see it in the list. */
public record OutboxEntry(
        long id,
        MailKind kind,
        String recipientAddress,
        @Nullable String recipientName,
        String subject,
        MailStatus status,
        int attempts,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant sentAt) {

    static OutboxEntry of(QueuedMail mail) {
        return new OutboxEntry(
                mail.id(),
                mail.kind(),
                mail.recipientAddress(),
                mail.recipientName(),
                mail.subject(),
                mail.status(),
                mail.attempts(),
                mail.lastError(),
                mail.createdAt(),
                mail.sentAt());
    }
}
