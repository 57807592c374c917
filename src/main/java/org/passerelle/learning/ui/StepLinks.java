package org.passerelle.learning.ui;

import org.passerelle.learning.StepRef;

/** Where the links of a learner's pages lead: the learner's own pages, or an author's preview of a draft. */
interface StepLinks {

    /** The learner's own pages. */
    StepLinks LEARNER = new StepLinks() {
        @Override
        public String course(String courseId) {
            return CourseLinks.course(courseId);
        }

        @Override
        public String step(StepRef step) {
            return CourseLinks.step(step);
        }
    };

    /** The course's page. */
    String course(String courseId);

    /** A lesson or quiz. */
    String step(StepRef step);
}
