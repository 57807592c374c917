package org.passerelle.mail;

import org.jspecify.annotations.Nullable;

/**
 * Text bound for a header (a subject, a display name), as one line: line breaks and other control characters
 * become spaces, so that nothing typed into a name or a subject can start a header of its own. Jakarta Mail then
 * encodes what is not plain ASCII.
 */
final class HeaderText {

    private HeaderText() {}

    static @Nullable String clean(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String line = text.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ").strip();
        return line.isEmpty() ? null : line;
    }
}
