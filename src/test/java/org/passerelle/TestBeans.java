package org.passerelle;

import org.passerelle.credentials.RecordsThatCanFail;
import org.passerelle.journeys.OpenSessions;
import org.passerelle.learning.CompletionsHeard;
import org.passerelle.mail.MailDelivery;
import org.passerelle.shared.SwitchableIssuerLogo;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Beans every test may use: the clock tests move, completions heard, mail sent on demand and read from the embedded
 * SMTP server, the server's view of browser sessions, a
 * repository of records that can be made to fail, the institution's logo that tests show or hide.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({
    MutableClock.Configuration.class,
    CompletionsHeard.Configuration.class,
    OpenSessions.Configuration.class,
    RecordsThatCanFail.Configuration.class,
    MailDelivery.Configuration.class,
    SwitchableIssuerLogo.Configuration.class
})
class TestBeans {}
