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

/**
 * One attempt at a quiz: started on the server, with its questions and their order fixed in its plan, open
 * until submitted or past its deadline, then graded once.
 */
@Entity
@Table(name = "learning_attempt")
class Attempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enrolment_id")
    private long enrolmentId;

    @Column(name = "user_id")
    private long userId;

    private String quiz;

    private int number;

    private String language;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "deadline_at")
    private Instant deadlineAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "open_flag")
    private Integer openFlag;

    @Column(precision = 5, scale = 2)
    private BigDecimal score;

    private Boolean passed;

    @Column(columnDefinition = "text")
    private String plan;

    @Version
    private long version;

    protected Attempt() {}

    Attempt(
            long enrolmentId,
            long userId,
            String quiz,
            int number,
            String language,
            Instant startedAt,
            Instant deadlineAt,
            String plan) {
        this.enrolmentId = enrolmentId;
        this.userId = userId;
        this.quiz = quiz;
        this.number = number;
        this.language = language;
        this.startedAt = startedAt;
        this.deadlineAt = deadlineAt;
        this.plan = plan;
        this.openFlag = 1;
    }

    void grade(BigDecimal score, boolean passed, Instant at) {
        this.score = score;
        this.passed = passed;
        this.submittedAt = at;
        this.openFlag = null;
    }

    boolean open() {
        return openFlag != null;
    }

    boolean pastDeadline(Instant now) {
        return deadlineAt != null && QuizRules.closed(deadlineAt, now);
    }

    Long id() {
        return id;
    }

    long enrolmentId() {
        return enrolmentId;
    }

    long userId() {
        return userId;
    }

    String quiz() {
        return quiz;
    }

    int number() {
        return number;
    }

    String language() {
        return language;
    }

    Instant deadlineAt() {
        return deadlineAt;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    BigDecimal score() {
        return score;
    }

    boolean passed() {
        return Boolean.TRUE.equals(passed);
    }

    String plan() {
        return plan;
    }
}
