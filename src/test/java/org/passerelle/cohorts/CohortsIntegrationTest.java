package org.passerelle.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.PasserelleTest;
import org.passerelle.SignedIn;
import org.passerelle.identity.AccountDetails;
import org.passerelle.identity.Role;
import org.passerelle.identity.SignedInUser;
import org.passerelle.identity.UserAdministration;
import org.passerelle.identity.UserSummary;
import org.passerelle.learning.LearningService;
import org.passerelle.shared.FieldProblem;
import org.passerelle.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Cohorts against the real database: checked forms, invitation codes, membership that enrols. */
@PasserelleTest
class CohortsIntegrationTest {

    static final String COURSE = "ai-public-policy";

    @Autowired
    CohortAdministration administration;

    @Autowired
    CohortMembership membership;

    @Autowired
    LearningService learning;

    @Autowired
    UserAdministration people;

    @Autowired
    UserDetailsService users;

    @Autowired
    SignedIn signedIn;

    @Autowired
    MutableClock clock;

    @Autowired
    DataSource database;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void everyFieldOfACohortIsCheckedAndReviewersMustBeOfItsCountry() {
        as("admin");
        long senegal = idOf("reviewer.sn");
        long kenya = idOf("reviewer.ke");
        LocalDate start = LocalDate.of(2027, 1, 10);

        assertProblem(form(null, " ", "SN", start, start.plusDays(30), Set.of()), "name", "field.required");
        assertProblem(form("Dakar", "XX", start, start.plusDays(30), Set.of()), "country", "user.country.unknown");
        assertProblem(form("Dakar", "SN", start, start.minusDays(1), Set.of()), "endsOn", "cohort.ends-before-start");
        assertProblem(
                new CohortForm(null, 0, "Dakar", "SN", start, start.plusDays(30), Set.of("no-such-course"), Set.of()),
                "courses",
                "cohort.courses.unknown");
        assertProblem(
                form("Dakar", "SN", start, start.plusDays(30), Set.of(kenya)), "reviewers", "cohort.reviewers.country");

        CohortSummary saved = administration.save(form("Dakar 2027", "SN", start, start.plusDays(30), Set.of(senegal)));
        assertThat(saved.reviewerIds()).containsExactly(senegal);
        assertThat(saved.courseIds()).containsExactly(COURSE);

        CohortSummary renamed = administration.save(new CohortForm(
                saved.id(),
                saved.version(),
                "Dakar, January 2027",
                "SN",
                start,
                start.plusDays(30),
                Set.of(COURSE),
                Set.of()));
        assertThat(renamed.name()).isEqualTo("Dakar, January 2027");
        // A form opened before someone else saved the cohort: refused with a reason the administrator can read.
        assertProblem(
                new CohortForm(
                        saved.id(),
                        saved.version(),
                        "An older form",
                        "SN",
                        start,
                        start.plusDays(30),
                        Set.of(COURSE),
                        Set.of()),
                "version",
                "cohort.changed-meanwhile");
    }

    @Test
    void reviewersAreOfferedHoweverManyAccountsComeBeforeThem() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        JdbcTemplate jdbc = new JdbcTemplate(database);
        // A thousand learners whose usernames and names sort before everyone else's, and one reviewer after them.
        List<Object[]> learners = IntStream.range(0, 1000)
                .mapToObj(i -> account("0000-" + run + "-" + i, "0000 Learner " + i, "KE"))
                .toList();
        jdbc.batchUpdate(INSERT_ACCOUNT, learners);
        jdbc.update(INSERT_ACCOUNT, account("zz-reviewer-" + run, "Zz Reviewer " + run, "MU"));
        List<Long> accounts =
                jdbc.queryForList("select id from identity_user where username like ?", Long.class, "%-" + run + "%");
        long reviewer = jdbc.queryForObject(
                "select id from identity_user where username = ?", Long.class, "zz-reviewer-" + run);
        List<Long> learnerIds = accounts.stream().filter(id -> id != reviewer).toList();
        jdbc.batchUpdate(
                "insert into identity_user_role (user_id, role) values (?, ?)",
                accounts.stream()
                        .map(id -> new Object[] {id, id == reviewer ? "REVIEWER" : "LEARNER"})
                        .toList());
        try {
            as("admin");
            assertThat(people.search("", 0, 1000).getContent())
                    .as("the first thousand accounts, as the cohort form once read them")
                    .extracting(UserSummary::id)
                    .doesNotContain(reviewer);

            assertThat(administration.reviewers("MU", "", 0, 50))
                    .as("the reviewers of the cohort's country")
                    .containsExactly(new Reviewer(reviewer, "Zz Reviewer " + run, "MU"));
            assertThat(administration.reviewers(null, "zz reviewer " + run.toUpperCase(), 0, 50))
                    .as("found by what the administrator types, in any case")
                    .extracting(Reviewer::id)
                    .containsExactly(reviewer);
            List<Reviewer> everyReviewer = new ArrayList<>();
            for (int page = 0; page < 20; page++) {
                List<Reviewer> found = administration.reviewers(null, "", page * 50, 50);
                everyReviewer.addAll(found);
                if (found.size() < 50) {
                    break;
                }
            }
            assertThat(everyReviewer)
                    .as("every reviewer of every country, and nobody without the role")
                    .extracting(Reviewer::id)
                    .contains(reviewer, idOf("reviewer.sn"), idOf("reviewer.ke"))
                    .doesNotContainAnyElementsOf(learnerIds)
                    .doesNotHaveDuplicates();
            assertThat(administration.reviewers("SN", "", 0, 50))
                    .extracting(Reviewer::id)
                    .contains(idOf("reviewer.sn"))
                    .doesNotContain(reviewer, idOf("reviewer.ke"));
        } finally {
            jdbc.update("delete from identity_user where username like ?", "%-" + run + "%");
        }
    }

    @Test
    void onlyAdministratorsSeeWhoTheReviewersAre() {
        as("learner");
        assertThatThrownBy(() -> administration.reviewers(null, "", 0, 50)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.reviewers(Set.of(idOf("reviewer.sn"))))
                .isInstanceOf(AccessDeniedException.class);
        as("reviewer.sn");
        assertThatThrownBy(() -> administration.reviewers("SN", "", 0, 50)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCodeEnrolsItsUsersUntilItIsUsedUpOrExpires() {
        as("admin");
        CohortSummary cohort = administration.save(form(
                "Nairobi " + UUID.randomUUID(), "KE", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 1), Set.of()));
        InvitationView once = administration.invite(cohort.id(), 7, 1);
        InvitationView week = administration.invite(cohort.id(), 7, 50);
        String first = newLearner();
        String second = newLearner();

        as(first);
        CohortMembership.Joined joined = membership.join(once.code().toLowerCase());
        assertThat(joined.alreadyMember()).isFalse();
        assertThat(learning.course(COURSE, Language.EN).orElseThrow().enrolled())
                .isTrue();
        assertThat(membership.join(once.code()).alreadyMember())
                .as("joining again uses nothing")
                .isTrue();

        as(second);
        assertRefused(once.code(), InvitationRefused.Reason.USED_UP);
        assertRefused("NOSUCHCODE", InvitationRefused.Reason.UNKNOWN);
        clock.advance(Duration.ofDays(8));
        assertRefused(week.code(), InvitationRefused.Reason.EXPIRED);
        assertThat(learning.course(COURSE, Language.EN).orElseThrow().enrolled())
                .isFalse();

        as("admin");
        assertThat(administration.list())
                .filteredOn(c -> c.id() == cohort.id())
                .singleElement()
                .satisfies(c -> assertThat(c.members()).isEqualTo(1));
        assertThat(administration.invitations(cohort.id()))
                .filteredOn(i -> i.code().equals(once.code()))
                .singleElement()
                .satisfies(i -> assertThat(i.uses()).isEqualTo(1));
    }

    @Test
    void onlyAdministratorsManageCohortsAndOnlyLearnersJoin() {
        as("learner");
        assertThatThrownBy(() -> administration.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.invite(1, 7, 1)).isInstanceOf(AccessDeniedException.class);
        as("reviewer.sn");
        assertThatThrownBy(() -> membership.join("ANYCODE")).isInstanceOf(AccessDeniedException.class);
    }

    private void assertRefused(String code, InvitationRefused.Reason reason) {
        assertThatThrownBy(() -> membership.join(code))
                .isInstanceOfSatisfying(
                        InvitationRefused.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private void assertProblem(CohortForm form, String field, String key) {
        assertThatThrownBy(() -> administration.save(form)).isInstanceOfSatisfying(FieldProblem.class, problem -> {
            assertThat(problem.field()).isEqualTo(field);
            assertThat(problem.messageKey()).isEqualTo(key);
        });
    }

    private static CohortForm form(String name, String country, LocalDate start, LocalDate end, Set<Long> reviewers) {
        return form(null, name, country, start, end, reviewers);
    }

    private static CohortForm form(
            Long id, String name, String country, LocalDate start, LocalDate end, Set<Long> reviewers) {
        return new CohortForm(id, 0, name, country, start, end, Set.of(COURSE), reviewers);
    }

    private static final String INSERT_ACCOUNT = """
            insert into identity_user (username, display_name, email, country, language, active, failed_attempts,
                lock_count, created_at, version)
            values (?, ?, ?, ?, 'en', true, 0, 0, current_timestamp(6), 0)
            """;

    private static Object[] account(String username, String displayName, String country) {
        return new Object[] {username, displayName, username + "@example.org", country};
    }

    private String newLearner() {
        String username = "member-" + UUID.randomUUID().toString().substring(0, 8);
        as("admin");
        people.create(new AccountDetails(
                username,
                "Member " + username,
                username + "@example.org",
                "KE",
                Language.EN,
                Set.of(Role.LEARNER),
                "a long enough password"));
        return username;
    }

    private long idOf(String username) {
        return ((SignedInUser) users.loadUserByUsername(username)).id();
    }

    private void as(String username) {
        signedIn.as(username);
    }
}
