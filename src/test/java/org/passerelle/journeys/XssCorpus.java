package org.passerelle.journeys;

import java.util.Arrays;
import java.util.List;

/**
 * Texts an attacker would write into Passerelle wherever it takes text: each tries to leave the context the text
 * is shown in (an element's text, an attribute, a URL, a script, a comment) and run {@code alert(N)}, N naming the
 * payload. Shown as text, they are harmless; anything else is a finding of {@link XssWatch}.
 */
final class XssCorpus {

    private XssCorpus() {}

    /** Ordered so that those which swallow what follows them (a comment, a style) come last. */
    static final List<String> PAYLOADS = List.of(
            "</script><script>alert(101)</script>",
            "<img src=x onerror=alert(102)>",
            "<svg onload=alert(103)>",
            "\"><iframe src=javascript:alert(104)>",
            "'><details open ontoggle=alert(105)>",
            "\" onfocus=\"alert(106)\" autofocus x=\"",
            "<a href=\"javascript:alert(107)\">j</a>",
            "<a href=vbscript:msgbox(108)>v</a>",
            "<object data=\"data:text/html,<script>alert(109)</script>\">",
            "javascript:alert(110)",
            "${alert(113)}{{constructor.constructor('alert(114)')()}}",
            // Line and paragraph separators end a line in older JavaScript; direction overrides reorder text.
            "\u2028\u2029\u202E\u2066x",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(111)>",
            "<iframe srcdoc=\"<script>parent.alert(112)</script>\">",
            "<!--<script>");

    /** Links, images and raw HTML as Markdown writes them, beyond the payloads (which Markdown also gets). */
    static final List<String> MARKDOWN = List.of(
            "[md link](javascript:alert(120))",
            "![md image](javascript:alert(121))",
            "<javascript:alert(122)>",
            "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxMjMpPC9zY3JpcHQ+)",
            "[tab](jav&#x09;ascript:alert(124))",
            "[spaced]( javascript:alert(125))",
            "<svg><script>alert(126)</script></svg>",
            "<a href=\"&#106;avascript:alert(127)\">entity</a>",
            "<form action=\"javascript:alert(128)\"><button>go</button></form>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(129)\">",
            "<base href=\"javascript:alert(130)//\">");

    /** Every payload shows as this text somewhere when a page shows the corpus as text. */
    static final String VISIBLE_MARK = "alert(10";

    /**
     * The payloads in three texts of at most 200 characters each (names are kept in 200), for short texts: the
     * first breaks out of a script, an element's text, an attribute and a comment and carries an address and
     * separators; the other two carry the rest. Texts shown as HTML (Markdown, quiz texts, feedback) get them all.
     */
    static final List<String> SETS = List.of(join(0, 1, 3, 4, 9, 11, 14), join(2, 5, 6, 7, 8), join(10, 12, 13));

    /** The short text number {@code n}, taking turns. */
    static String set(int n) {
        return SETS.get(n % SETS.size());
    }

    private static String join(int... indexes) {
        return String.join(" ", Arrays.stream(indexes).mapToObj(PAYLOADS::get).toList());
    }

    /** All payloads in one text. */
    static String all() {
        return String.join(" ", PAYLOADS);
    }

    /** A Markdown text carrying every payload: as raw HTML, in links, and once as code (shown literally). */
    static String markdown() {
        StringBuilder text = new StringBuilder("Corpus lesson `<img src=x onerror=alert(102)>` shown as code.\n\n");
        for (String payload : PAYLOADS) {
            text.append(payload).append("\n\n");
        }
        for (String payload : MARKDOWN) {
            text.append(payload).append("\n\n");
        }
        return text.append("| a | b |\n|---|---|\n| <img src=x onerror=alert(131)> | ok |\n")
                .toString();
    }

    /** A YAML double-quoted scalar holding the text exactly. */
    static String yaml(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\u2028' -> out.append("\\L");
                case '\u2029' -> out.append("\\P");
                default -> {
                    if (c < 0x20 || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** The text with GIFT's special characters escaped, as a GIFT writer would. */
    static String gift(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("~=#{}:".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' ? ' ' : c);
        }
        return out.toString();
    }
}
