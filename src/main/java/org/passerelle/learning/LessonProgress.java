package org.passerelle.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A learner's progress in one lesson: opened, time spent, completed. */
@Entity
@Table(name = "learning_lesson_progress")
class LessonProgress {

    @EmbeddedId
    private Key key;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "seconds_spent")
    private int secondsSpent;

    protected LessonProgress() {}

    @Embeddable
    record Key(@Column(name = "enrolment_id") long enrolmentId, String step) implements Serializable {}

    Key key() {
        return key;
    }

    Instant completedAt() {
        return completedAt;
    }
}
