package org.passerelle.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * With no SMTP server configured ({@code spring.mail.host}), Passerelle starts its own, as it starts its own
 * MariaDB: GreenMail on a free port of the loopback interface, which accepts every message and delivers it nowhere.
 * Administrators read what was sent on the Outbox page; tests read what GreenMail received.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedSmtpServer.NoSmtpServer.class)
class EmbeddedSmtpServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSmtpServer.class);

    @Bean(destroyMethod = "stop")
    GreenMail embeddedSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        log.info(
                "No SMTP server configured (SPRING_MAIL_HOST): mail goes to an embedded one on port {}; "
                        + "administrators read it on the Outbox page",
                server.getSmtp().getPort());
        return server;
    }

    @Bean
    JavaMailSender embeddedSmtpSender(GreenMail embeddedSmtp) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(embeddedSmtp.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    /** True when {@code spring.mail.host} is not set. */
    static class NoSmtpServer implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.mail.host"));
        }
    }
}
