package org.passerelle.learning;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.passerelle.catalog.PublishedVersion;
import org.passerelle.shared.database.MultiRowInsert;
import org.springframework.stereotype.Component;

/** Writes enrolments, once each, pinned to the version given; callers decide who may enrol whom. */
@Component
class EnrolmentWriter {

    private final Enrolments enrolments;
    private final Clock clock;
    private final MultiRowInsert rows;

    EnrolmentWriter(Enrolments enrolments, Clock clock, MultiRowInsert rows) {
        this.enrolments = enrolments;
        this.clock = clock;
        this.rows = rows;
    }

    /** Enrols many people at once, each once; those already enrolled keep their enrolment and progress. */
    int enrolAll(List<Long> userIds, PublishedVersion version, @Nullable Long by) {
        CoursePath path = CoursePath.of(version.content());
        String first = path.steps().isEmpty() ? null : path.steps().getFirst().key();
        LocalDateTime at = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Object[]> values = userIds.stream()
                .map(user -> new Object[] {
                    user,
                    version.courseId(),
                    version.id(),
                    version.number(),
                    at,
                    by,
                    path.steps().size(),
                    first,
                    at
                })
                .toList();
        return rows.insert(
                "insert ignore into learning_enrolment (user_id, course_id, version_id, version_number, enrolled_at,"
                        + " enrolled_by, steps_total, steps_done, next_step, last_activity_at, version)",
                "(?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 0)",
                values);
    }

    /** @return false when the person already was enrolled in the course */
    boolean enrol(long userId, PublishedVersion version, @Nullable Long by) {
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
