package org.passerelle.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** A learner's place in one course, pinned to the version current when they enrolled. */
@Entity
@Table(name = "learning_enrolment")
class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id")
    private long userId;

    @Column(name = "course_id")
    private String courseId;

    @Column(name = "version_id")
    private long versionId;

    @Column(name = "version_number")
    private int versionNumber;

    @Column(name = "enrolled_at")
    private Instant enrolledAt;

    @Column(name = "enrolled_by")
    private Long enrolledBy;

    @Column(name = "steps_total")
    private int stepsTotal;

    @Column(name = "steps_done")
    private int stepsDone;

    @Column(name = "next_step")
    private String nextStep;

    @Column(name = "last_activity_at")
    private Instant lastActivityAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(precision = 5, scale = 2)
    private BigDecimal score;

    @Version
    private long version;

    protected Enrolment() {}

    /** Takes the state progress computed; true when this made the enrolment complete. */
    boolean update(ProgressState state, Instant now) {
        stepsDone = state.stepsDone();
        nextStep = state.nextStep();
        score = state.score();
        lastActivityAt = now;
        if (state.complete() && completedAt == null) {
            completedAt = now;
            return true;
        }
        return false;
    }

    EnrolmentStatus status() {
        return new EnrolmentStatus(
                userId, courseId, versionNumber, stepsDone, stepsTotal, enrolledAt, lastActivityAt, completedAt, score);
    }

    Long id() {
        return id;
    }

    long userId() {
        return userId;
    }

    String courseId() {
        return courseId;
    }

    long versionId() {
        return versionId;
    }

    int versionNumber() {
        return versionNumber;
    }

    int stepsTotal() {
        return stepsTotal;
    }

    int stepsDone() {
        return stepsDone;
    }

    String nextStep() {
        return nextStep;
    }

    Instant lastActivityAt() {
        return lastActivityAt;
    }

    Instant completedAt() {
        return completedAt;
    }

    BigDecimal score() {
        return score;
    }
}
