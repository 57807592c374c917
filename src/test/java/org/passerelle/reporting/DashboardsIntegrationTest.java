package org.passerelle.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.PasserelleTest;
import org.passerelle.SignedIn;
import org.passerelle.cohorts.CohortAdministration;
import org.passerelle.cohorts.CohortForm;
import org.passerelle.cohorts.CohortMembership;
import org.passerelle.credentials.Credentials;
import org.passerelle.identity.AccountDetails;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserAdministration;
import org.passerelle.learning.LearningCourses;
import org.passerelle.learning.LearningService;
import org.passerelle.learning.QuizService;
import org.passerelle.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Dashboards against the real database: the numbers after a refresh, and country scope on every path — a
 * reviewer never reaches another country's cohort, learners or files; learners and instructors reach nothing.
 */
@PasserelleTest
class DashboardsIntegrationTest {

    static final String COURSE = "dash-01";

    @Autowired
    Dashboards dashboards;

    @Autowired
    CohortLearners learners;

    @Autowired
    ReportExports exports;

    @Autowired
    ItemAnalysis items;

    @Autowired
    DashboardRefresh refresh;

    @Autowired
    CohortAdministration cohorts;

    @Autowired
    CohortMembership membership;

    @Autowired
    UserAdministration people;

    @Autowired
    LearningService learning;

    @Autowired
    QuizService quizzes;

    @Autowired
    SignedIn signedIn;

    @Autowired
    Credentials credentials;

    long kenya;
    long senegal;
    String tag;

    @BeforeEach
    void twoCountries() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        kenya = cohort("Nairobi " + tag, "KE");
        senegal = cohort("Dakar " + tag, "SN");
        String ke1 = learner("KE");
        String ke2 = learner("KE");
        String sn1 = learner("SN");
        join(kenya, ke1);
        join(kenya, ke2);
        join(senegal, sn1);
        signedIn.as(ke1);
        complete();
        // The record is issued after the completion commits, by the credentials module's listener.
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(10))
                .until(() -> credentials.mine().stream()
                        .anyMatch(record -> record.courseId().equals(COURSE)));
        signedIn.as(ke2);
        learning.completeLesson(COURSE, "01-intro", "01-one", 0, Language.EN);
        signedIn.as("admin");
        refresh.refresh(kenya);
        refresh.refresh(senegal);
    }

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void aCohortsNumbersAfterARefresh() {
        signedIn.as("reviewer.ke");
        CohortOverview overview = dashboards.home().stream()
                .filter(c -> c.cohortId() == kenya)
                .findFirst()
                .orElseThrow();
        assertThat(overview.learners()).isEqualTo(2);
        assertThat(overview.activeLastWeek()).isEqualTo(2);
        assertThat(overview.completed()).isEqualTo(1);
        assertThat(overview.completionRate()).isEqualTo(50);
        assertThat(overview.averageBestScore()).isEqualByComparingTo("100");

        CohortReport report = dashboards.cohort(kenya, Language.EN).orElseThrow();
        assertThat(report.funnel()).singleElement().satisfies(stage -> {
            assertThat(stage.reached()).isEqualTo(2);
            assertThat(stage.completed()).isEqualTo(1);
        });
        assertThat(report.quizzes()).singleElement().satisfies(quiz -> {
            assertThat(quiz.learners()).isEqualTo(1);
            assertThat(quiz.attempts()).isEqualTo(1);
            assertThat(quiz.passRate()).isEqualTo(100);
            assertThat(quiz.questions())
                    .isNotEmpty()
                    .allSatisfy(q -> assertThat(q.shareCorrect()).isEqualTo(1.0));
        });
        assertThat(report.weeks())
                .as("the chart starts with the cohort (1 September 2026), not half a year back")
                .allSatisfy(week -> assertThat(week.start()).isAfterOrEqualTo(LocalDate.of(2026, 8, 31)));
        assertThat(report.weeks().getLast().active()).isEqualTo(2);
        assertThat(report.weeks().getLast().completions()).isEqualTo(1);

        List<LearnerRow> byProgress =
                learners.page(kenya, new LearnerQuery("", LearnerQuery.Order.PROGRESS, true, 0, 10));
        assertThat(byProgress).extracting(LearnerRow::progress).containsExactly(100, 33);
        assertThat(byProgress.getFirst().recordStatus()).isEqualTo("VALID");
        assertThat(learners.count(kenya, "")).isEqualTo(2);
        assertThat(learners.count(kenya, "nobody-like-this")).isZero();
        assertThat(learners.count(kenya, new LearnerFilter("", "VALID", null, null, null)))
                .isEqualTo(1);
        assertThat(learners.page(
                        kenya,
                        new LearnerQuery(
                                new LearnerFilter("", null, null, 50, null), LearnerQuery.Order.NAME, false, 0, 10)))
                .extracting(LearnerRow::progress)
                .containsExactly(33);
        assertThat(learners.count(kenya, new LearnerFilter("", null, null, null, null, 99)))
                .as("the only score is 100; a learner without one is left out")
                .isZero();
        assertThat(learners.count(kenya, new LearnerFilter("", null, null, null, null, 100)))
                .isEqualTo(1);
        assertThat(learners.count(kenya, new LearnerFilter("", null, null, null, 1)))
                .as("both were active today")
                .isZero();
        assertThat(learners.atRisk(kenya, 14, 10)).isEmpty();
    }

    @Test
    void aReviewerReachesNothingOfAnotherCountry() {
        signedIn.as("reviewer.ke");
        assertThat(dashboards.home()).extracting(CohortOverview::country).containsOnly("KE");
        assertThat(dashboards.cohort(senegal, Language.EN)).isEmpty();
        assertThat(dashboards.overview(senegal)).isEmpty();
        assertThat(learners.page(senegal, new LearnerQuery("", LearnerQuery.Order.NAME, false, 0, 10)))
                .isEmpty();
        assertThat(learners.count(senegal, "")).isZero();
        assertThat(learners.atRisk(senegal, 1, 10)).isEmpty();
        assertThat(exports.csv(senegal, Language.EN, key -> key)).isEmpty();
        assertThat(exports.xlsx(senegal, Language.EN, key -> key)).isEmpty();
        assertThatThrownBy(() -> dashboards.countries()).isInstanceOf(AccessDeniedException.class);
        assertThat(exports.csv(kenya, Language.EN, key -> key)).isPresent();

        signedIn.as("reviewer.sn");
        assertThat(dashboards.cohort(kenya, Language.EN)).isEmpty();
        assertThat(dashboards.cohort(senegal, Language.EN)).isPresent();

        signedIn.as("admin");
        assertThat(dashboards.cohort(kenya, Language.EN)).isPresent();
        assertThat(dashboards.cohort(senegal, Language.EN)).isPresent();
        assertThat(dashboards.countries())
                .extracting(CountryComparison::country)
                .contains("KE", "SN");

        for (String who : List.of("learner", "instructor")) {
            signedIn.as(who);
            assertThatThrownBy(() -> dashboards.home()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> dashboards.cohort(kenya, Language.EN)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> learners.count(kenya, "")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> exports.csv(kenya, Language.EN, key -> key))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> items.flags(Language.EN)).isInstanceOf(AccessDeniedException.class);
        }
    }

    private void complete() {
        assertThat(LearningCourses.complete(learning, quizzes, COURSE)).isTrue();
    }

    private long cohort(String name, String country) {
        signedIn.as("admin");
        return cohorts.save(new CohortForm(
                        null,
                        0,
                        name,
                        country,
                        LocalDate.of(2026, 9, 1),
                        LocalDate.of(2027, 3, 1),
                        Set.of(COURSE),
                        Set.of()))
                .id();
    }

    private String learner(String country) {
        signedIn.as("admin");
        String username = "dash-" + UUID.randomUUID().toString().substring(0, 8);
        people.create(new AccountDetails(
                username,
                "Learner " + username,
                username + "@example.org",
                country,
                Language.EN,
                Set.of(Role.LEARNER),
                "a long enough password"));
        return username;
    }

    private void join(long cohort, String username) {
        signedIn.as("admin");
        String code = cohorts.invite(cohort, 7, 10).code();
        signedIn.as(username);
        membership.join(code);
    }
}
