/**
 * Quizzes and their questions: the Moodle GIFT format today; attempts and grading to come.
 */
@ApplicationModule(displayName = "Assessment")
@NullMarked
package org.passerelle.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
