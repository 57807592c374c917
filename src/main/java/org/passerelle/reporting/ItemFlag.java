package org.passerelle.reporting;

/**
 * A question answered very differently by one group — a content language or a country — than by everyone
 * else: often a translation or a cultural problem.
 *
 * @param dimension {@code LANGUAGE} or {@code COUNTRY}
 * @param group the language code or the country code
 * @param share the group's share of the marks (0–1)
 * @param othersShare everyone else's
 */
public record ItemFlag(
        String courseTitle,
        String quizTitle,
        String questionId,
        String questionText,
        String dimension,
        String group,
        long answers,
        double share,
        long othersAnswers,
        double othersShare) {

    /** The gap in percentage points, positive when the group does better. */
    public int gapPoints() {
        return (int) Math.round((share - othersShare) * 100);
    }
}
