package org.passerelle.assessment;

/** How a question's text is written. Every format is rendered and sanitised before it is shown. */
public enum TextFormat {
    MOODLE,
    MARKDOWN,
    HTML,
    PLAIN
}
