/**
 * Mail to people: every message is queued in an outbox in the transaction of the change that causes it
 * ({@link Outbox#queue}), then sent by a background sender with retries (decision 0020). Without an SMTP server
 * configured, an embedded one receives what is "sent", and administrators read it on the Outbox page.
 */
@ApplicationModule(displayName = "Mail")
@NullMarked
package org.passerelle.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
