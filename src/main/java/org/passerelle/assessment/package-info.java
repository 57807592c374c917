/**
 * Questions without a course or a learner: the Moodle GIFT format, question types, responses, and grading of one
 * response ({@link Grading}). Quizzes belong to course versions in catalog; attempts and
 * their scores to learning (decision 0016).
 */
@ApplicationModule(displayName = "Assessment")
@NullMarked
package org.passerelle.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
