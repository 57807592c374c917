package org.passerelle.assessment;

/**
 * GIFT text with its escapes resolved: each character knows whether it was escaped (and so is never
 * syntax) and where it stood in the source, for line numbers.
 */
final class GiftText {

    private static final String ESCAPABLE = "~=#{}:\\";

    private final char[] chars;
    private final boolean[] literal;
    private final int[] origin;
    private final int length;

    private GiftText(char[] chars, boolean[] literal, int[] origin, int length) {
        this.chars = chars;
        this.literal = literal;
        this.origin = origin;
        this.length = length;
    }

    /** @throws IllegalArgumentException naming the source index of an unknown escape */
    static GiftText of(String source) {
        char[] chars = new char[source.length()];
        boolean[] literal = new boolean[source.length()];
        int[] origin = new int[source.length()];
        int n = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                if (i + 1 >= source.length()) {
                    throw new BadEscape(i, "a backslash at the end of a question escapes nothing");
                }
                char next = source.charAt(i + 1);
                if (ESCAPABLE.indexOf(next) >= 0) {
                    chars[n] = next;
                } else if (next == 'n') {
                    chars[n] = '\n';
                } else {
                    throw new BadEscape(
                            i, "unknown escape \\" + next + ": only \\~ \\= \\# \\{ \\} \\: \\\\ and \\n exist");
                }
                literal[n] = true;
                origin[n++] = i;
                i++;
            } else {
                chars[n] = c;
                origin[n++] = i;
            }
        }
        return new GiftText(chars, literal, origin, n);
    }

    int length() {
        return length;
    }

    /** Where character {@code index} stood in the source. */
    int origin(int index) {
        return index >= length ? (length == 0 ? 0 : origin[length - 1] + 1) : origin[index];
    }

    boolean syntax(int index, char c) {
        return index < length && chars[index] == c && !literal[index];
    }

    boolean syntax(int index, String token) {
        for (int k = 0; k < token.length(); k++) {
            if (!syntax(index + k, token.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** The first unescaped occurrence of the token at or after {@code from}, or -1. */
    int find(String token, int from, int to) {
        for (int i = Math.max(from, 0); i + token.length() <= to; i++) {
            if (syntax(i, token)) {
                return i;
            }
        }
        return -1;
    }

    int findLast(String token, int from, int to) {
        for (int i = to - token.length(); i >= from; i--) {
            if (syntax(i, token)) {
                return i;
            }
        }
        return -1;
    }

    int skipSpace(int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(chars[i]) && !literal[i]) {
            i++;
        }
        return i;
    }

    String text(int from, int to) {
        return new String(chars, from, Math.max(0, to - from));
    }

    static final class BadEscape extends IllegalArgumentException {

        private final int index;

        BadEscape(int index, String message) {
            super(message);
            this.index = index;
        }

        int index() {
            return index;
        }
    }
}
