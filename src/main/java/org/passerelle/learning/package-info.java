/**
 * The learner's journey: enrolments pinned to a course version, lesson progress, quiz attempts graded on
 * the server by the quiz's rules ({@code QuizRules}), completion (published as
 * {@link CourseCompleted}) and My learning.
 */
@ApplicationModule(
        displayName = "Learning",
        allowedDependencies = {"catalog", "catalog :: pages", "assessment", "identity", "cohorts"})
@NullMarked
package org.passerelle.learning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
