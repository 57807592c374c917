package org.passerelle.mail;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * For tests in any package: sends what the outbox holds now (scheduled jobs are off in tests) and reads what the
 * embedded SMTP server received for an address.
 */
public class MailDelivery {

    private final MailSender sender;
    private final GreenMail smtp;

    MailDelivery(MailSender sender, GreenMail smtp) {
        this.sender = sender;
        this.smtp = smtp;
    }

    /** Sends every message due now; returns how many the SMTP server accepted. */
    public int sendDue() {
        return sender.sendDue();
    }

    /** The messages received for an address so far, oldest first. */
    public List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> sentTo(message, address))
                .toList();
    }

    /** The part of a message of a type ({@code text/html}, {@code text/plain}), however deep it is nested. */
    public static String part(MimeMessage message, String type) {
        try {
            String found = find(message.getContent(), type);
            if (found == null) {
                throw new AssertionError("no " + type + " part in the message");
            }
            return found;
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String find(Object content, String type) throws MessagingException, java.io.IOException {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return (String) part.getContent();
                }
                String inner = find(part.getContent(), type);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return message.getAllRecipients() != null
                    && Arrays.stream(message.getAllRecipients())
                            .anyMatch(to -> ((InternetAddress) to).getAddress().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        MailDelivery mailDelivery(MailSender sender, GreenMail smtp) {
            return new MailDelivery(sender, smtp);
        }
    }
}
