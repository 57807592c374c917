package org.passerelle.assessment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.passerelle.shared.FileProblem;

/**
 * Reads Moodle's GIFT format, one question per block of lines separated by blank lines: title, format,
 * text and the place of the answers; {@link GiftAnswerSection} reads what is between the braces.
 */
final class GiftReader {

    private final String file;
    private final List<FileProblem> problems = new ArrayList<>();
    private final List<GiftQuestion> questions = new ArrayList<>();
    private final Set<String> titles = new HashSet<>();
    private String category;

    GiftReader(String file) {
        this.file = file;
    }

    GiftResult read(String source) {
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder block = new StringBuilder();
        List<Integer> blockLines = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String trimmed = lines[i].strip();
            if (trimmed.startsWith("//")) {
                continue;
            }
            if (trimmed.isEmpty()) {
                flush(block, blockLines);
                continue;
            }
            if (blockLines.isEmpty() && trimmed.startsWith("$CATEGORY:")) {
                category = trimmed.substring("$CATEGORY:".length()).strip();
                continue;
            }
            if (!blockLines.isEmpty()) {
                block.append('\n');
            }
            block.append(lines[i]);
            blockLines.add(i + 1);
        }
        flush(block, blockLines);
        return new GiftResult(problems.isEmpty() ? questions : List.of(), problems);
    }

    private void flush(StringBuilder block, List<Integer> blockLines) {
        if (!blockLines.isEmpty()) {
            Block current = new Block(block.toString(), List.copyOf(blockLines));
            try {
                question(current);
            } catch (GiftRefusal refusal) {
                problems.add(new FileProblem(file, current.line(refusal.sourceIndex()), refusal.getMessage()));
            }
        }
        block.setLength(0);
        blockLines.clear();
    }

    private void question(Block block) {
        GiftText t;
        try {
            t = GiftText.of(block.source);
        } catch (GiftText.BadEscape e) {
            throw new GiftRefusal(e.index(), e.getMessage());
        }
        int end = t.length();
        int pos = t.skipSpace(0, end);
        String title = null;
        if (t.syntax(pos, "::")) {
            int close = t.find("::", pos + 2, end);
            if (close < 0) {
                throw new GiftRefusal(t.origin(pos), "the title is not closed: write ::title:: before the question");
            }
            title = t.text(pos + 2, close).strip();
            if (!titles.add(title)) {
                throw new GiftRefusal(
                        t.origin(pos), "the title '" + title + "' is used by another question in this file");
            }
            pos = t.skipSpace(close + 2, end);
        }
        TextFormat format = TextFormat.MOODLE;
        if (t.syntax(pos, '[')) {
            int close = t.find("]", pos, end);
            String name = close < 0 ? "" : t.text(pos + 1, close).toLowerCase(Locale.ROOT);
            format = switch (name) {
                case "markdown" -> TextFormat.MARKDOWN;
                case "html" -> TextFormat.HTML;
                case "plain" -> TextFormat.PLAIN;
                case "moodle" -> TextFormat.MOODLE;
                default ->
                    throw new GiftRefusal(
                            t.origin(pos), "unknown format marker: use [markdown], [html], [plain] or [moodle]");
            };
            pos = close + 1;
        }
        int open = t.find("{", pos, end);
        int stray = t.find("}", pos, open < 0 ? end : open);
        if (stray >= 0) {
            throw new GiftRefusal(t.origin(stray), "} without an opening {: write \\} for a literal brace");
        }
        if (open < 0) {
            throw new GiftRefusal(t.origin(pos), "the question has no answers: put them between { and }");
        }
        int close = t.find("}", open + 1, end);
        int nested = t.find("{", open + 1, close < 0 ? end : close);
        if (close < 0) {
            throw new GiftRefusal(t.origin(open), "{ is never closed: end the answers with }");
        }
        if (nested >= 0) {
            throw new GiftRefusal(
                    t.origin(nested), "a second { before the first is closed: write \\{ for a literal brace");
        }
        int extra = Math.max(t.find("{", close + 1, end), t.find("}", close + 1, end));
        if (extra >= 0) {
            throw new GiftRefusal(t.origin(extra), "only one set of answers { } is allowed per question");
        }
        String text = t.text(pos, open).strip();
        String after = t.text(close + 1, end).strip();
        if (text.isEmpty() && after.isEmpty()) {
            throw new GiftRefusal(t.origin(open), "the question has no text");
        }
        GiftAnswerSection.Answers answers = GiftAnswerSection.read(t, open + 1, close);
        questions.add(new GiftQuestion(
                title,
                category,
                format,
                text,
                after.isEmpty() ? null : after,
                answers.type,
                answers.truth,
                answers.feedbackIfRight,
                answers.feedbackIfWrong,
                answers.answers,
                answers.pairs,
                answers.generalFeedback,
                block.line(0)));
    }

    private record Block(String source, List<Integer> lines) {
        int line(int sourceIndex) {
            int newlines = 0;
            for (int i = 0; i < Math.min(sourceIndex, source.length()); i++) {
                if (source.charAt(i) == '\n') {
                    newlines++;
                }
            }
            return lines.get(Math.min(newlines, lines.size() - 1));
        }
    }
}
