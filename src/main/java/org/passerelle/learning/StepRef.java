package org.passerelle.learning;

import org.jspecify.annotations.Nullable;

/**
 * A step of a course as pages link to it.
 *
 * @param lesson the lesson's name, or null when the step is the module's quiz
 */
public record StepRef(
        String courseId,
        String module,
        @Nullable String lesson,
        @Nullable String title) {

    public boolean quiz() {
        return lesson == null;
    }
}
