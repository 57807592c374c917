package org.passerelle.mail;

import org.jspecify.annotations.Nullable;
import org.passerelle.shared.Language;

/**
 * Whom a message goes to, and the language it is written in (the account's).
 *
 * @param userId the account, when there is one, so that a bounce can be reported on the person's row
 * @param name a display name as the person typed it; never joined into a header by hand
 */
public record Recipient(
        @Nullable Long userId, String address, @Nullable String name, Language language) {}
