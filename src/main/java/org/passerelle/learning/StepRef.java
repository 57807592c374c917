package org.passerelle.learning;

/**
 * A step of a course as pages link to it.
 *
 * @param lesson the lesson's name, or null when the step is the module's quiz
 */
public record StepRef(String courseId, String module, String lesson, String title) {

    public boolean quiz() {
        return lesson == null;
    }
}
