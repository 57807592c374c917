/**
 * Quizzes and their questions: the Moodle GIFT format today; attempts and grading to come.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment")
package org.passerelle.assessment;
