package org.passerelle.reporting.ui.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a label into lines that fit a phone-wide chart, since SVG text does not wrap by itself. Widths are
 * estimated in ems: Chinese and other wide characters take one em, other letters a little over half.
 */
final class LabelLines {

    private static final String ELLIPSIS = "…";

    private LabelLines() {}

    /** At most {@code maxLines} lines of about {@code width} ems; a label that needs more ends with "…". */
    static List<String> of(String label, double width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double used = 0;
        for (String piece : pieces(label.strip())) {
            double needed = width(piece);
            boolean space = piece.isBlank();
            if (used + needed > width && !line.isEmpty() && !space) {
                lines.add(line.toString().strip());
                line.setLength(0);
                used = 0;
            }
            if (line.isEmpty() && space) {
                continue;
            }
            line.append(piece);
            used += needed;
        }
        if (!line.isEmpty()) {
            lines.add(line.toString().strip());
        }
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        kept.set(maxLines - 1, shortened(kept.get(maxLines - 1), width - width(ELLIPSIS)) + ELLIPSIS);
        return kept;
    }

    private static String shortened(String line, double width) {
        StringBuilder kept = new StringBuilder();
        double used = 0;
        for (int c : line.codePoints().toArray()) {
            used += width(c);
            if (used > width) {
                break;
            }
            kept.appendCodePoint(c);
        }
        return kept.toString().strip();
    }

    /** Words, spaces, and each wide character on its own: Chinese may break between any two characters. */
    private static List<String> pieces(String label) {
        List<String> pieces = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int c : label.codePoints().toArray()) {
            if (Character.isWhitespace(c) || wide(c)) {
                if (!word.isEmpty()) {
                    pieces.add(word.toString());
                    word.setLength(0);
                }
                pieces.add(Character.isWhitespace(c) ? " " : Character.toString(c));
            } else {
                word.appendCodePoint(c);
            }
        }
        if (!word.isEmpty()) {
            pieces.add(word.toString());
        }
        return pieces;
    }

    static double width(String text) {
        return text.codePoints().mapToDouble(LabelLines::width).sum();
    }

    private static double width(int c) {
        if (Character.isWhitespace(c)) {
            return 0.3;
        }
        return wide(c) ? 1.0 : 0.58;
    }

    private static boolean wide(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL
                || (c >= 0x3000 && c <= 0x303F)
                || (c >= 0xFF00 && c <= 0xFFEF);
    }
}
