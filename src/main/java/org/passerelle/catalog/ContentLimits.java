package org.passerelle.catalog;

import java.util.List;

/**
 * The limits and defaults of course content (docs/course-format.md), in one place: the importer checks files
 * against them, the editor checks and offers the same, so that what the editor saves always imports.
 */
public final class ContentLimits {

    /**
     * A whole number a course file may hold.
     *
     * @param byDefault the value when the file leaves it out, or for something new in the editor
     */
    public record Range(int min, int max, int byDefault) {

        public boolean allows(int value) {
            return value >= min && value <= max;
        }
    }

    /** A lesson's reading time, in minutes. */
    public static final Range LESSON_MINUTES = new Range(1, 180, 10);

    /** How long a course takes, in hours. */
    public static final Range ESTIMATED_HOURS = new Range(1, 200, 1);

    /** The score, in percent, that passes a quiz: the course's rule for its quizzes, or a quiz's own. */
    public static final Range PASSING_SCORE = new Range(0, 100, 70);

    /** How many attempts a learner has at a quiz; 0: as many as they like. */
    public static final Range QUIZ_ATTEMPTS = new Range(0, 100, 0);

    /** How long an attempt may take, in minutes; 0: no time limit. */
    public static final Range QUIZ_TIME_LIMIT_MINUTES = new Range(0, 600, 0);

    /** How many questions an attempt draws at random from the quiz; 0: every question. */
    public static final Range QUIZ_DRAW = new Range(0, 1000, 0);

    /** A choice's share of the credit in a multiple-choice question written in YAML, in percent. */
    public static final Range CHOICE_WEIGHT = new Range(-100, 100, 0);

    /** A course's levels, from the first to the last. */
    public static final List<String> LEVELS = List.of("introductory", "intermediate", "advanced");

    public static final String DEFAULT_LEVEL = LEVELS.getFirst();

    /** A question's title (GIFT) or id (YAML) identifies its answers and statistics. */
    public static final int MAX_QUESTION_ID = 100;

    private static final long MB = 1024L * 1024;

    /** The most one file of a course may have: a lesson, an image, slides, audio. */
    public static final long MAX_FILE_BYTES = 20 * MB;

    /** The most files a course zip may unpack to. */
    public static final int MAX_ZIP_ENTRIES = 5_000;

    /** The most bytes a course zip may unpack to. */
    public static final long MAX_ZIP_UNPACKED_BYTES = 300 * MB;

    /** The largest course zip an administrator may upload. */
    public static final long MAX_ZIP_UPLOAD_BYTES = 100 * MB;

    /** The largest GIFT file an author may import into a quiz. */
    public static final long MAX_GIFT_UPLOAD_BYTES = 2 * MB;

    private ContentLimits() {}
}
