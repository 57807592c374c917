package org.passerelle;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Beans every test may use: the clock tests move, completions heard, the server's view of browser sessions, a
 * repository of records that can be made to fail.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({
    MutableClock.Configuration.class,
    org.passerelle.learning.CompletionsHeard.Configuration.class,
    org.passerelle.journeys.OpenSessions.Configuration.class,
    org.passerelle.credentials.RecordsThatCanFail.Configuration.class
})
class TestBeans {}
