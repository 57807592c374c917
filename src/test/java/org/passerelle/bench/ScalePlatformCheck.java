package org.passerelle.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.passerelle.SignedIn;
import org.passerelle.SignedInClient;
import org.passerelle.learning.AttemptResult;
import org.passerelle.learning.CoursePage;
import org.passerelle.learning.LearningService;
import org.passerelle.learning.QuizService;
import org.passerelle.shared.Language;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads generated data back through the platform itself: some learners' course pages and quiz results (so
 * that plans, answers and progress are what the platform understands), and signs in over HTTP with the
 * documented password.
 */
final class ScalePlatformCheck {

    private final JdbcTemplate jdbc;
    private final SignedIn signedIn;
    private final LearningService learning;
    private final QuizService quizzes;

    ScalePlatformCheck(JdbcTemplate jdbc, SignedIn signedIn, LearningService learning, QuizService quizzes) {
        this.jdbc = jdbc;
        this.signedIn = signedIn;
        this.learning = learning;
        this.quizzes = quizzes;
    }

    void verify(int port, List<String> learners) throws Exception {
        int pages = 0;
        int results = 0;
        for (String username : learners) {
            signedIn.as(username);
            try {
                for (Map<String, Object> enrolment : jdbc.queryForList("""
                        select e.id, e.course_id, e.steps_done, e.score from learning_enrolment e
                        join identity_user u on u.id = e.user_id where u.username = ?""", username)) {
                    CoursePage page = learning.course((String) enrolment.get("course_id"), Language.EN)
                            .orElseThrow();
                    long completedOnPage = page.modules().stream()
                            .flatMap(module -> module.items().stream())
                            .filter(item -> item.status() == CoursePage.Status.COMPLETED)
                            .count();
                    assertThat(completedOnPage)
                            .as("steps completed on %s's page of %s", username, enrolment.get("course_id"))
                            .isEqualTo(((Number) enrolment.get("steps_done")).longValue());
                    assertThat(page.score()).isEqualTo(enrolment.get("score"));
                    pages++;
                    for (Map<String, Object> attempt : jdbc.queryForList(
                            "select id, score from learning_attempt where enrolment_id = ?", enrolment.get("id"))) {
                        AttemptResult result = quizzes.result(((Number) attempt.get("id")).longValue(), Language.EN);
                        assertThat(result.score()).isEqualByComparingTo((BigDecimal) attempt.get("score"));
                        assertThat(result.questions())
                                .allSatisfy(question -> assertThat(question.right())
                                        .isEqualTo(question.fraction().compareTo(BigDecimal.ONE) == 0));
                        results++;
                    }
                }
            } finally {
                signedIn.out();
            }
        }
        System.out.printf(
                "SCALE platform check: %d course pages and %d quiz results of %d learners read back as generated%n",
                pages, results, learners.size());
        for (String username : List.of("reviewer.ke", learners.getFirst())) {
            SignedInClient.signIn(port, username, ScaleData.PASSWORD);
            System.out.printf("SCALE platform check: %s signed in over HTTP with the documented password%n", username);
        }
    }
}
