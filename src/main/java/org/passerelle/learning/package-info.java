/**
 * The learner's journey: enrolments pinned to a course version, lesson progress, quiz attempts graded on
 * the server by the quiz's rules ({@code QuizRules}), completion (published as
 * {@link org.passerelle.learning.CourseCompleted}) and My learning.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Learning",
        allowedDependencies = {"catalog", "catalog :: pages", "assessment", "identity", "cohorts"})
package org.passerelle.learning;
