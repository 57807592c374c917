package org.passerelle.bench.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The app's English error messages, to name the one a learner was shown. */
final class Messages {

    private static final Properties ENGLISH = new Properties();

    static {
        try (InputStream in = Messages.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            ENGLISH.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Messages() {}

    /** The error or sign-in message (key and text) found in a server answer, or "?" when none is known. */
    static String shown(String body) {
        for (String key : ENGLISH.stringPropertyNames()) {
            if (key.startsWith("error.") || key.startsWith("login.error.")) {
                String text = ENGLISH.getProperty(key);
                String plain = text.contains("{") ? text.substring(0, text.indexOf('{')) : text;
                if (!plain.isBlank() && body.contains(plain)) {
                    return key + " \"" + text + "\"";
                }
            }
        }
        return "?";
    }
}
