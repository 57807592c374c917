package org.passerelle.learning;

import org.passerelle.shared.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every minute, grades the attempts whose time ran out while their learner was away. */
@Component
class DeadlineSweeper {

    private static final Logger log = LoggerFactory.getLogger(DeadlineSweeper.class);

    private final QuizService quizzes;
    private final RunAs runAs;

    DeadlineSweeper(QuizService quizzes, RunAs runAs) {
        this.quizzes = quizzes;
        this.runAs = runAs;
    }

    @Scheduled(
            fixedDelayString = "${passerelle.quiz.deadline-sweep:60s}",
            initialDelayString = "${passerelle.quiz.deadline-sweep:60s}")
    void sweep() {
        try {
            int closed = runAs.platform(quizzes::closeExpiredAttempts);
            if (closed > 0) {
                log.info("Graded {} quiz attempt(s) whose time ran out", closed);
            }
        } catch (RuntimeException e) {
            log.warn("Could not grade the attempts whose time ran out; will try again", e);
        }
    }
}
