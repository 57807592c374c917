package org.passerelle.reporting.ui.charts;

/**
 * Writes well-formed markup (SVG and the few HTML elements around it) into a string. Every text and attribute
 * value goes through {@link #escape}, so a course or module name can never become markup on the page.
 */
final class MarkupWriter {

    private final StringBuilder out = new StringBuilder(2048);

    /** Opens an element; attributes come as name-value pairs, and a {@code null} value leaves the attribute out. */
    MarkupWriter open(String tag, String... attributes) {
        start(tag, attributes);
        out.append('>');
        return this;
    }

    /** An element without content, closed at once ({@code <rect .../>}): only for SVG, where that is allowed. */
    MarkupWriter empty(String tag, String... attributes) {
        start(tag, attributes);
        out.append("/>");
        return this;
    }

    MarkupWriter close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    MarkupWriter text(String text) {
        out.append(escape(text));
        return this;
    }

    /** An element holding only text. */
    MarkupWriter element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** Fixed markup written by this package (a style sheet), never anything a person typed. */
    MarkupWriter fixed(String markup) {
        out.append(markup);
        return this;
    }

    private void start(String tag, String[] attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ')
                        .append(attributes[i])
                        .append("=\"")
                        .append(escape(attributes[i + 1]))
                        .append('"');
            }
        }
    }

    /** Escapes the five XML special characters and drops the characters XML 1.0 does not allow at all. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (allowedInXml(c)) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
