package org.passerelle.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Writes questions back as GIFT that {@link GiftReader} reads into the same questions. */
final class GiftWriter {

    private GiftWriter() {}

    static String write(List<GiftQuestion> questions) {
        StringBuilder out = new StringBuilder();
        String category = null;
        for (GiftQuestion question : questions) {
            if (question.category() != null && !Objects.equals(question.category(), category)) {
                out.append("$CATEGORY: ").append(question.category()).append("\n\n");
                category = question.category();
            }
            if (question.title() != null) {
                out.append("::").append(escape(question.title())).append("::");
            }
            if (question.format() != TextFormat.MOODLE) {
                out.append('[')
                        .append(question.format().name().toLowerCase(Locale.ROOT))
                        .append(']');
            }
            out.append(escape(question.text())).append(" {");
            answers(question, out);
            if (question.generalFeedback() != null) {
                out.append("\n\t####").append(escape(question.generalFeedback()));
            }
            out.append("\n}");
            if (question.textAfter() != null) {
                out.append(' ').append(escape(question.textAfter()));
            }
            out.append("\n\n");
        }
        return out.toString();
    }

    private static void answers(GiftQuestion question, StringBuilder out) {
        switch (question.type()) {
            case TRUE_FALSE -> {
                out.append(Boolean.TRUE.equals(question.answer()) ? "TRUE" : "FALSE");
                if (question.feedbackIfWrong() != null || question.feedbackIfRight() != null) {
                    out.append('#').append(escapeOrEmpty(question.feedbackIfWrong()));
                }
                if (question.feedbackIfRight() != null) {
                    out.append('#').append(escape(question.feedbackIfRight()));
                }
            }
            case MATCHING ->
                question.pairs()
                        .forEach(pair -> out.append("\n\t=")
                                .append(escape(pair.left()))
                                .append(" -> ")
                                .append(escape(pair.right())));
            case NUMERIC -> {
                out.append('#');
                for (GiftAnswer answer : question.answers()) {
                    if (answer.min() == null) {
                        out.append("\n\t~");
                    } else {
                        out.append("\n\t=").append(weight(answer.weight(), BigDecimal.valueOf(100)));
                        out.append(
                                answer.min().compareTo(answer.max()) == 0
                                        ? answer.min().toPlainString()
                                        : answer.min().toPlainString() + ".."
                                                + answer.max().toPlainString());
                    }
                    feedback(answer, out);
                }
            }
            case SHORT_ANSWER ->
                question.answers().forEach(answer -> {
                    out.append("\n\t=").append(weight(answer.weight(), BigDecimal.valueOf(100)));
                    out.append(escape(answer.text()));
                    feedback(answer, out);
                });
            case SINGLE_CHOICE, MULTIPLE_CHOICE ->
                question.answers().forEach(answer -> {
                    boolean single = question.type() == QuestionType.SINGLE_CHOICE;
                    if (single && answer.weight().compareTo(BigDecimal.valueOf(100)) == 0) {
                        out.append("\n\t=");
                    } else {
                        out.append("\n\t~").append(weight(answer.weight(), BigDecimal.ZERO));
                    }
                    out.append(escape(answer.text()));
                    feedback(answer, out);
                });
        }
    }

    private static String weight(BigDecimal weight, BigDecimal implied) {
        return weight.compareTo(implied) == 0
                ? ""
                : "%" + weight.stripTrailingZeros().toPlainString() + "%";
    }

    private static void feedback(GiftAnswer answer, StringBuilder out) {
        if (answer.feedback() != null) {
            out.append('#').append(escape(answer.feedback()));
        }
    }

    private static String escapeOrEmpty(String text) {
        return text == null ? "" : escape(text);
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\', '~', '=', '#', '{', '}', ':' -> escaped.append('\\').append(c);
                case '\n' -> escaped.append("\\n");
                case '\r' -> {}
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
