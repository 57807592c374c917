package org.passerelle.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.MailSendException;

/**
 * What the SMTP server (or the network) answered to a failed attempt, as kept on the message and shown to
 * administrators, and whether it is final: a 5xx reply is, and so is an address that cannot be written (it never
 * will be); a 4xx reply, a refused connection or a timeout are not.
 */
record SmtpReply(String text, boolean permanent) {

    static SmtpReply of(Throwable failure) {
        // Spring reports a refused message with its exceptions aside, not as the cause.
        if (failure instanceof MailSendException send && send.getMessageExceptions().length > 0) {
            failure = send.getMessageExceptions()[0];
        }
        Integer code = null;
        String text = null;
        boolean unwritable = false;
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth++ < 20; cause = next(cause)) {
            unwritable |= cause instanceof AddressException;
            if (cause instanceof SMTPAddressFailedException address) {
                code = address.getReturnCode();
                text = address.getMessage();
            } else if (cause instanceof SMTPSendFailedException send && code == null) {
                code = send.getReturnCode();
                text = send.getMessage();
            }
        }
        if (text == null) {
            text = deepest(failure);
        }
        String reply = text == null ? failure.getClass().getSimpleName() : text.strip();
        return new SmtpReply(reply, unwritable || (code != null && code >= 500 && code < 600));
    }

    private static @Nullable Throwable next(Throwable cause) {
        if (cause instanceof MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        return cause.getCause() == cause ? null : cause.getCause();
    }

    /** The innermost message, which names the actual problem ("Connection refused"). */
    private static @Nullable String deepest(Throwable failure) {
        String text = null;
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth++ < 20; cause = next(cause)) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                text = cause.getClass().getSimpleName() + ": " + cause.getMessage();
            }
        }
        return text;
    }
}
