package org.passerelle.assessment;

/** The kinds of question Passerelle grades automatically. */
public enum QuestionType {
    /** Exactly one right choice. */
    SINGLE_CHOICE,
    /** Several choices with percentage weights; the positive ones add up to 100 %. */
    MULTIPLE_CHOICE,
    TRUE_FALSE,
    /** Typed answers compared case-insensitively with the accepted ones. */
    SHORT_ANSWER,
    NUMERIC,
    MATCHING
}
