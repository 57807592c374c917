package org.passerelle.mail;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A message to queue, described by translation keys: written in the recipient's language when it is queued, as
 * HTML and as plain text, with a greeting, its paragraphs, one button (with the address written out beneath) and
 * the platform's name.
 *
 * @param subjectKey the subject's key; its argument {0} is the platform's name
 * @param paragraphs each a key and its arguments: {0} is always the platform's name, the text's own arguments follow
 *     from {1}, as strings already written for the reader (dates in the recipient's language)
 * @param action the link the message is about, or null
 * @param secret a secret the link carries (a reset token): it is kept apart and erased once the message is sent, so
 *     that the stored message no longer opens anything; null when the link may stay readable
 */
public record Letter(
        MailKind kind,
        Recipient to,
        String subjectKey,
        List<Text> paragraphs,
        @Nullable Action action,
        @Nullable String secret) {

    /** The place in a link where its secret goes ({@link #secret}). */
    public static final String SECRET = "{{secret}}";

    public Letter {
        paragraphs = List.copyOf(paragraphs);
    }

    /** A text by its key and arguments. */
    public record Text(String key, List<String> arguments) {
        public Text {
            arguments = List.copyOf(arguments);
        }

        public static Text of(String key, String... arguments) {
            return new Text(key, List.of(arguments));
        }
    }

    /** A button: its label's key and the absolute address it opens (may contain {@link #SECRET}). */
    public record Action(String labelKey, String url) {}
}
