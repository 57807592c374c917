package org.passerelle.reporting;

/**
 * Which of a cohort's learners the grid shows. Every part is optional (null or blank: no condition).
 *
 * @param text part of the name or username
 * @param recordStatus {@code NONE}, {@code VALID} or {@code REVOKED}
 * @param minProgress at least this progress, in percent
 * @param maxProgress at most this progress, in percent
 * @param quietDays no activity for at least this many days (never active counts as quiet)
 * @param maxBestScore an average best quiz score of at most this (learners without any score are left out)
 */
public record LearnerFilter(
        String text,
        String recordStatus,
        Integer minProgress,
        Integer maxProgress,
        Integer quietDays,
        Integer maxBestScore) {

    public static final LearnerFilter ANYONE = new LearnerFilter("", null, null, null, null, null);

    public LearnerFilter(
            String text, String recordStatus, Integer minProgress, Integer maxProgress, Integer quietDays) {
        this(text, recordStatus, minProgress, maxProgress, quietDays, null);
    }

    public static LearnerFilter named(String text) {
        return new LearnerFilter(text, null, null, null, null, null);
    }
}
