package org.passerelle.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.passerelle.MutableClock;
import org.passerelle.PasserelleTest;
import org.passerelle.SignedIn;
import org.passerelle.cohorts.CohortAdministration;
import org.passerelle.cohorts.CohortForm;
import org.passerelle.cohorts.CohortMembership;
import org.passerelle.cohorts.CohortSummary;
import org.passerelle.learning.LearningCourses;
import org.passerelle.learning.LearningService;
import org.passerelle.learning.QuizService;
import org.passerelle.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Records issued once per completion, verifiable by anyone, revocable by administrators. */
@PasserelleTest
class CredentialsIntegrationTest {

    @Autowired
    LearningService learning;

    @Autowired
    QuizService quizzes;

    @Autowired
    Credentials credentials;

    @Autowired
    UserDetailsService users;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    IncompleteEventPublications incomplete;

    /** Made to fail once, to stand for a crash while a record is issued ({@link RecordsThatCanFail}). */
    @Autowired
    CompletionRecords records;

    @Autowired
    CohortAdministration cohortAdministration;

    @Autowired
    CohortMembership membership;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void completingACourseIssuesOneRecordThatAnyoneCanVerifyUntilItIsRevoked() {
        complete("learner", "credentials-01");
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(10))
                .until(() ->
                        credentials.mine().stream().anyMatch(r -> r.courseId().equals("credentials-01")));
        RecordSummary record = credentials.mine().stream()
                .filter(r -> r.courseId().equals("credentials-01"))
                .findFirst()
                .orElseThrow();
        assertThat(record.id()).matches("[a-z2-7]{26}");
        assertThat(record.holderName()).isEqualTo("Wanjiru Kamau");
        assertThat(record.courseTitle()).isEqualTo("Course 1");
        assertThat(record.country()).isEqualTo("KE");
        assertThat(record.score()).isEqualByComparingTo("100");

        signedIn.out();
        assertThat(credentials.verify(record.id(), "10.0.0.1")).hasValueSatisfying(verification -> {
            assertThat(verification.valid()).isTrue();
            assertThat(verification.holderName()).isEqualTo("Wanjiru Kamau");
        });
        assertThat(credentials.verify("aaaaaaaaaaaaaaaaaaaaaaaaaa", "10.0.0.1")).isEmpty();
        assertThat(credentials.verify("../../etc/passwd", "10.0.0.1")).isEmpty();

        as("learner");
        assertThatThrownBy(() -> credentials.revoke(record.id(), "test")).isInstanceOf(AccessDeniedException.class);
        as("admin");
        credentials.revoke(record.id(), "Issued by mistake");
        assertThat(jdbc.queryForObject(
                        "select count(*) from identity_audit_entry where action = 'RECORD_REVOKED' and target = ?",
                        Integer.class,
                        record.id()))
                .isEqualTo(1);
        signedIn.out();
        assertThat(credentials.verify(record.id(), "10.0.0.1")).hasValueSatisfying(verification -> {
            assertThat(verification.valid()).isFalse();
            assertThat(verification.revocationReason()).isEqualTo("Issued by mistake");
        });
        as("apprenant");
        assertThat(credentials.mine())
                .as("another learner's records")
                .extracting(RecordSummary::id)
                .doesNotContain(record.id());
    }

    @Test
    void aRecordWhoseIssuingFailedIsIssuedWhenPublicationsAreResubmittedAsAtRestart() {
        doThrow(new IllegalStateException("the process died here"))
                .when(records)
                .issue(
                        anyString(),
                        anyLong(),
                        anyLong(),
                        anyString(),
                        anyInt(),
                        anyString(),
                        anyString(),
                        any(),
                        any(),
                        any(),
                        any(),
                        any(),
                        anyString());
        complete("apprenant", "credentials-02");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from event_publication where completion_date is null"
                                        + " and serialized_event like '%credentials-02%'",
                                Integer.class)
                        == 1);
        as("apprenant");
        assertThat(credentials.mine()).extracting(RecordSummary::courseId).doesNotContain("credentials-02");

        Mockito.reset(records);
        incomplete.resubmitIncompletePublications(publication -> true);

        await().pollInSameThread()
                .atMost(Duration.ofSeconds(10))
                .until(() ->
                        credentials.mine().stream().anyMatch(r -> r.courseId().equals("credentials-02")));
        incomplete.resubmitIncompletePublications(publication -> true);
        assertThat(jdbc.queryForObject(
                        "select count(*) from credentials_record where course_id = 'credentials-02'", Integer.class))
                .as("a second delivery issues nothing more")
                .isEqualTo(1);
    }

    @Test
    void aRecordNamesTheCohortItsHolderFollowedTheCourseWith() {
        as("admin");
        CohortSummary cohort = cohortAdministration.save(new CohortForm(
                null,
                0,
                "Nairobi pilot",
                "KE",
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 6, 1),
                Set.of("credentials-03"),
                Set.of()));
        String code = cohortAdministration.invite(cohort.id(), 7, 5).code();
        as("learner");
        membership.join(code);

        complete("learner", "credentials-03");

        await().pollInSameThread()
                .atMost(Duration.ofSeconds(10))
                .until(() ->
                        credentials.mine().stream().anyMatch(r -> r.courseId().equals("credentials-03")));
        assertThat(credentials.mine())
                .filteredOn(r -> r.courseId().equals("credentials-03"))
                .singleElement()
                .satisfies(r -> assertThat(r.cohortName()).isEqualTo("Nairobi pilot"));
    }

    @Test
    void anAddressThatKeepsLookingIsRefusedForAMinute() {
        for (int i = 0; i < 30; i++) {
            credentials.verify("bbbbbbbbbbbbbbbbbbbbbbbbbb", "10.9.9.9");
        }
        assertThatThrownBy(() -> credentials.verify("bbbbbbbbbbbbbbbbbbbbbbbbbb", "10.9.9.9"))
                .isInstanceOf(TooManyLookups.class);
        assertThat(credentials.verify("bbbbbbbbbbbbbbbbbbbbbbbbbb", "10.9.9.10"))
                .as("another address")
                .isEmpty();
        clock.advance(Duration.ofSeconds(61));
        assertThat(credentials.verify("bbbbbbbbbbbbbbbbbbbbbbbbbb", "10.9.9.9")).isEmpty();
    }

    private void complete(String username, String courseId) {
        as(username);
        if (!learning.course(courseId, Language.EN).orElseThrow().enrolled()) {
            learning.enrol(courseId);
        }
        assertThat(LearningCourses.complete(learning, quizzes, courseId)).isTrue();
    }

    private void as(String username) {
        signedIn.as(username);
    }
}
