package org.passerelle.shared;

/**
 * Text placed inside an HTML {@code <script>} element, encoded so that it cannot end the element or change how the
 * HTML parser reads the rest of the page, whatever it carries.
 *
 * <p>The parser ends a script at the first {@code </script}, and after a {@code <!--} it may read a later
 * {@code <script} as the start of a nested one and run past the real end. U+2028 and U+2029 end a line in older
 * JavaScript engines, which breaks a string literal. Every replacement here is an escape that means the same
 * character inside a JavaScript or JSON string literal ({@code \/}, {@code \u003C}, {@code \u2028}); data (JSON) only
 * ever carries these characters inside string literals, so data means exactly what it meant before.
 */
public final class ScriptText {

    private ScriptText() {}

    /** The text, safe between {@code <script>} and {@code </script>}. */
    public static String forScriptElement(String text) {
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            String replacement = null;
            if (c == '<' && i + 1 < length && (text.charAt(i + 1) == '/' || text.charAt(i + 1) == '!')) {
                // "</" becomes "<\/" and "<!" becomes "\u003C!": neither "</script" nor "<!--" survives.
                replacement = text.charAt(i + 1) == '/' ? "<\\/" : "\\u003C!";
                i++;
            } else if (c == '\u2028') {
                replacement = "\\u2028";
            } else if (c == '\u2029') {
                replacement = "\\u2029";
            }
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(length + 16).append(text, 0, c == '<' ? i - 1 : i);
                }
                out.append(replacement);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
