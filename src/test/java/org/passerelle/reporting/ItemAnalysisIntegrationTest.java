package org.passerelle.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.PasserelleTest;
import org.passerelle.SignedIn;
import org.passerelle.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The item analysis flags a question one language or one country answers far differently, and only when there
 * are enough answers for the gap not to be chance; reviewers see their own country's languages only.
 */
@PasserelleTest
class ItemAnalysisIntegrationTest {

    @Autowired
    ItemAnalysis items;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void largeGapsWithEnoughAnswersAreFlaggedAndSmallSamplesAreNot() {
        String course = "items-" + UUID.randomUUID().toString().substring(0, 8);
        long kenya = cohort("KE");
        long senegal = cohort("SN");
        // q1: French readers in Senegal 40% against 80% in English everywhere: a translation problem.
        tally(kenya, course, "q1", "en", 200, 160);
        tally(senegal, course, "q1", "en", 100, 80);
        tally(senegal, course, "q1", "fr", 200, 80);
        // q2: the same gap but only 10 French answers: not enough to mean anything.
        tally(kenya, course, "q2", "en", 200, 160);
        tally(senegal, course, "q2", "fr", 10, 4);
        // q3: Kenya 50% against Senegal 85%, both in English: a country difference.
        tally(kenya, course, "q3", "en", 300, 150);
        tally(senegal, course, "q3", "en", 300, 255);

        signedIn.as("admin");
        List<ItemFlag> flags = items.flags(Language.EN).stream()
                .filter(flag -> flag.courseTitle().equals(course))
                .toList();
        assertThat(flags)
                .extracting(flag ->
                        flag.questionId() + " " + flag.dimension() + " " + flag.group() + " " + flag.gapPoints())
                .contains("q1 LANGUAGE fr -40", "q3 COUNTRY KE -35", "q3 COUNTRY SN 35")
                .noneMatch(flag -> flag.startsWith("q2"));

        signedIn.as("reviewer.sn");
        assertThat(items.flags(Language.EN).stream()
                        .filter(flag -> flag.courseTitle().equals(course)))
                .extracting(flag -> flag.questionId() + " " + flag.dimension() + " " + flag.group())
                .as("within Senegal: French against English; no country comparison")
                .containsExactlyInAnyOrder("q1 LANGUAGE fr", "q1 LANGUAGE en");
        signedIn.as("reviewer.ke");
        assertThat(items.flags(Language.EN).stream()
                        .filter(flag -> flag.courseTitle().equals(course)))
                .as("Kenya's answers are all in English: nothing to compare")
                .isEmpty();
    }

    @Test
    void theZStatisticOfTwoProportions() {
        assertThat(ItemAnalysis.z(200, 0.4, 300, 0.8)).isLessThan(-8);
        assertThat(ItemAnalysis.z(8, 0.5, 300, 0.8)).isGreaterThan(-3);
        assertThat(ItemAnalysis.z(100, 0.5, 100, 0.5)).isZero();
    }

    private long cohort(String country) {
        long id = 900_000_000L + (long) (Math.random() * 99_999_999L);
        jdbc.update(
                "insert into reporting_cohort (cohort_id, country, name, starts_on, ends_on, learners, completed,"
                        + " avg_best_score, refreshed_at) values (?, ?, ?, ?, ?, 0, 0, null, ?)",
                id,
                country,
                "Items " + id,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 1),
                LocalDateTime.now());
        return id;
    }

    private void tally(long cohort, String course, String question, String language, int answers, int correct) {
        jdbc.update(
                "insert into reporting_question (cohort_id, course_id, quiz, question_id, language, answers, correct)"
                        + " values (?, ?, 'quiz', ?, ?, ?, ?)",
                cohort,
                course,
                question,
                language,
                answers,
                correct);
    }
}
