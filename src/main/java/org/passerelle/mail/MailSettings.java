package org.passerelle.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.passerelle.shared.PublicAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How mail is sent, beyond the SMTP server itself ({@code spring.mail.*}): the sender's address
 * ({@code passerelle.mail.from}, by default {@code no-reply@} the public host) and name, how long a sender holds a
 * message it is sending, and the retry rule.
 */
@Component
class MailSettings {

    private final InternetAddress from;
    private final Duration lease;
    private final RetryRule retries;
    private final boolean embedded;

    MailSettings(
            PublicAddress publicAddress,
            @Value("${passerelle.mail.from:}") String from,
            @Value("${passerelle.mail.from-name:Passerelle}") String fromName,
            @Value("${passerelle.mail.lease:PT5M}") Duration lease,
            @Value("${passerelle.mail.retry.first:PT1M}") Duration first,
            @Value("${passerelle.mail.retry.longest:PT2H}") Duration longest,
            @Value("${passerelle.mail.retry.attempts:10}") int attempts,
            @Value("${spring.mail.host:}") String smtpHost) {
        this.embedded = smtpHost.isBlank();
        String address = from.isBlank() ? "no-reply@" + host(publicAddress) : from.strip();
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.setPersonal(HeaderText.clean(fromName), StandardCharsets.UTF_8.name());
            this.from = parsed;
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException("passerelle.mail.from is not an e-mail address: " + address, e);
        }
        this.lease = lease;
        this.retries = new RetryRule(first, longest, attempts);
    }

    private static String host(PublicAddress address) {
        String host = address.host();
        // "localhost" alone is not a domain a mail system accepts in an address.
        return host.contains(".") ? host : host + ".localdomain";
    }

    InternetAddress from() {
        return from;
    }

    Duration lease() {
        return lease;
    }

    RetryRule retries() {
        return retries;
    }

    /** Whether mail goes to the embedded SMTP server, which delivers it to nobody. */
    boolean embedded() {
        return embedded;
    }

    /** The domain written after the @ of every Message-ID. */
    String messageIdDomain() {
        return from.getAddress().substring(from.getAddress().indexOf('@') + 1);
    }
}
