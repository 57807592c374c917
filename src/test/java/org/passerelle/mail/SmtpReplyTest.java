package org.passerelle.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class SmtpReplyTest {

    @Test
    void anAddressThatCannotBeWrittenIsGivenUpAtOnceWithWhatIsWrong() {
        SmtpReply reply = SmtpReply.of(new AddressException("Missing '\"'", "\"'><svg>x@example.org"));

        assertThat(reply.permanent()).isTrue();
        assertThat(reply.text()).contains("Missing '\"'");
    }

    @Test
    void aServerThatCannotBeReachedIsTriedAgain() {
        SmtpReply reply = SmtpReply.of(
                new MessagingException("Couldn't connect to host", new ConnectException("Connection refused")));

        assertThat(reply.permanent()).isFalse();
        assertThat(reply.text()).contains("Connection refused");
    }
}
