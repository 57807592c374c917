package org.passerelle.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/** A learner's answer to one question of an attempt, saved as given; its share of the marks once graded. */
@Entity
@Table(name = "learning_answer")
class AttemptAnswer implements Persistable<AttemptAnswer.Key> {

    @EmbeddedId
    private Key key;

    private String response;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(precision = 5, scale = 4)
    private BigDecimal fraction;

    @Transient
    private boolean fresh;

    protected AttemptAnswer() {}

    /** An unanswered question, recorded when the attempt is graded. */
    AttemptAnswer(long attemptId, String questionId, Instant at) {
        this.key = new Key(attemptId, questionId);
        this.response = "";
        this.savedAt = at;
        this.fresh = true;
    }

    @Embeddable
    record Key(
            @Column(name = "attempt_id") long attemptId,
            @Column(name = "question_id") String questionId) implements Serializable {}

    void graded(BigDecimal fraction) {
        this.fraction = fraction;
    }

    @Override
    public Key getId() {
        return key;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    String questionId() {
        return key.questionId();
    }

    String response() {
        return response;
    }

    BigDecimal fraction() {
        return fraction;
    }
}
