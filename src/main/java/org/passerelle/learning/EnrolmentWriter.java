package org.passerelle.learning;

import java.time.Clock;
import org.passerelle.catalog.PublishedVersion;
import org.springframework.stereotype.Component;

/** Writes enrolments, once each, pinned to the version given; callers decide who may enrol whom. */
@Component
class EnrolmentWriter {

    private final Enrolments enrolments;
    private final Clock clock;

    EnrolmentWriter(Enrolments enrolments, Clock clock) {
        this.enrolments = enrolments;
        this.clock = clock;
    }

    /** @return false when the person already was enrolled in the course */
    boolean enrol(long userId, PublishedVersion version, Long by) {
        CoursePath path = CoursePath.of(version.content());
        String first = path.steps().isEmpty() ? null : path.steps().getFirst().key();
        return enrolments.enrol(
                        userId,
                        version.courseId(),
                        version.id(),
                        version.number(),
                        by,
                        path.steps().size(),
                        first,
                        clock.instant())
                == 1;
    }
}
