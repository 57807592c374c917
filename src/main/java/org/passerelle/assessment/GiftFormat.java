package org.passerelle.assessment;

import java.util.List;

/**
 * Moodle's GIFT question format: reading, with every problem located by file and line, and writing back
 * GIFT that reads into the same questions. Essay questions are refused: every Passerelle question is
 * graded automatically.
 */
public final class GiftFormat {

    private GiftFormat() {}

    /**
     * @param file the name to use in problems, e.g. {@code courses/ai-public-policy/03-governance/quiz.en.gift}
     * @return the questions, or, if anything is wrong, no questions and every problem found
     */
    public static GiftResult read(String file, String source) {
        return new GiftReader(file).read(source);
    }

    public static String write(List<GiftQuestion> questions) {
        return GiftWriter.write(questions);
    }
}
