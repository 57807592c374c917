package org.passerelle.learning;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** Every minute, grades the attempts whose time ran out while their learner was away. */
@Component
class DeadlineSweeper {

    private static final Logger log = LoggerFactory.getLogger(DeadlineSweeper.class);

    private final QuizService quizzes;

    private final SecurityContextHolderStrategy security;

    DeadlineSweeper(QuizService quizzes, ObjectProvider<SecurityContextHolderStrategy> security) {
        this.quizzes = quizzes;
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Scheduled(
            fixedDelayString = "${passerelle.quiz.deadline-sweep:60s}",
            initialDelayString = "${passerelle.quiz.deadline-sweep:60s}")
    void sweep() {
        security.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "passerelle", null, List.of(new SimpleGrantedAuthority("ROLE_SYSTEM"))));
        try {
            int closed = quizzes.closeExpiredAttempts();
            if (closed > 0) {
                log.info("Graded {} quiz attempt(s) whose time ran out", closed);
            }
        } catch (RuntimeException e) {
            log.warn("Could not grade the attempts whose time ran out; will try again", e);
        } finally {
            security.clearContext();
        }
    }
}
