package org.passerelle.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passerelle.PasserelleTest;
import org.passerelle.shared.FieldProblem;
import org.passerelle.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.test.context.support.WithMockUser;

/** Account administration against the real embedded MariaDB, through method security. */
@PasserelleTest
class UserAdministrationIntegrationTest {

    @Autowired
    UserAdministration administration;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    UserAccounts accounts;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdministratorCreatesAnAccountAndTheAuditLogSaysWhoDidIt() {
        String username = unique("official");
        UserSummary created = administration.create(new AccountDetails(
                " " + username.toUpperCase() + " ",
                "Fatou Sow",
                username + "@Gouv.SN",
                "sn",
                Language.FR,
                Set.of(Role.LEARNER),
                "a long enough password"));

        assertThat(created.username()).isEqualTo(username);
        assertThat(created.email()).isEqualTo(username + "@gouv.sn");
        assertThat(created.country()).isEqualTo("SN");
        assertThat(accounts.findByUsername(username).orElseThrow().passwordHash())
                .startsWith("{bcrypt}");
        AuditedChange newest = auditTrail.newestFirst(0, 1).getContent().getFirst();
        assertThat(newest.action()).isEqualTo(AuditAction.USER_CREATED);
        assertThat(newest.actor()).isEqualTo("admin");
        assertThat(newest.target()).isEqualTo(username);
        assertThat(newest.detail())
                .as("kept in no language, read in each administrator's")
                .isEqualTo(new AuditDetail(AuditDetail.USER_CREATED, List.of("LEARNER", "SN")));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aDuplicateUsernameOrEmailIsRefusedOnItsField() {
        String username = unique("dup");
        administration.create(details(username, username + "@example.org"));

        assertThatThrownBy(() ->
                        administration.create(details(username.toUpperCase(), "other-" + username + "@example.org")))
                .isInstanceOfSatisfying(FieldProblem.class, problem -> {
                    assertThat(problem.field()).isEqualTo("username");
                    assertThat(problem.messageKey()).isEqualTo("user.username.taken");
                });
        assertThatThrownBy(() -> administration.create(details("other-" + username, username + "@EXAMPLE.org")))
                .isInstanceOfSatisfying(FieldProblem.class, problem -> {
                    assertThat(problem.field()).isEqualTo("email");
                    assertThat(problem.messageKey()).isEqualTo("user.email.taken");
                });
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aShortPasswordOrUnknownCountryCreatesNothing() {
        String username = unique("weak");
        assertThatThrownBy(() -> administration.create(new AccountDetails(
                        username, "Weak", username + "@example.org", "KE", Language.EN, Set.of(Role.LEARNER), "short")))
                .isInstanceOfSatisfying(
                        FieldProblem.class,
                        problem -> assertThat(problem.field()).isEqualTo("password"));
        assertThatThrownBy(() -> administration.create(new AccountDetails(
                        username,
                        "Weak",
                        username + "@example.org",
                        "XX",
                        Language.EN,
                        Set.of(Role.LEARNER),
                        "a long enough password")))
                .isInstanceOfSatisfying(
                        FieldProblem.class,
                        problem -> assertThat(problem.field()).isEqualTo("country"));
        assertThat(accounts.existsByUsername(username)).isFalse();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void deactivatingAndResettingAreAuditedAndTheNewPasswordFollowsThePolicy() {
        String username = unique("leaver");
        UserSummary user = administration.create(details(username, username + "@example.org"));

        assertThat(administration.setActive(user.id(), false).active()).isFalse();
        String password = administration.resetPassword(user.id());

        assertThat(PasswordPolicy.problem(password)).isNull();
        assertThat(auditTrail.newestFirst(0, 2).getContent())
                .extracting(AuditedChange::action)
                .containsExactly(AuditAction.PASSWORD_RESET, AuditAction.USER_DEACTIVATED);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void theLastActiveAdministratorCannotBeDeactivatedOrDemoted() {
        // The demo "admin" is the only administrator in the test database; no other test creates one.
        UserSummary admin = administration.get(
                accounts.findByUsername("admin").orElseThrow().id());
        assertThatThrownBy(() -> administration.setActive(admin.id(), false))
                .isInstanceOfSatisfying(
                        FieldProblem.class,
                        problem -> assertThat(problem.messageKey()).isEqualTo("user.last-admin"));
        AccountDetails demoted = new AccountDetails(
                admin.username(),
                admin.displayName(),
                admin.email(),
                admin.country(),
                admin.language(),
                Set.of(Role.LEARNER),
                null);
        assertThatThrownBy(() -> administration.update(admin.id(), demoted))
                .isInstanceOfSatisfying(
                        FieldProblem.class,
                        problem -> assertThat(problem.field()).isEqualTo("roles"));

        String second = unique("second-admin");
        UserSummary other = administration.create(new AccountDetails(
                second,
                "Second Admin",
                second + "@example.org",
                null,
                Language.EN,
                Set.of(Role.ADMIN),
                "a long enough password"));
        assertThat(administration.setActive(other.id(), false).active()).isFalse();
        assertThat(administration.get(admin.id()).active()).isTrue();
    }

    @Autowired
    SessionRegistry sessions;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void deactivatingAnAccountEndsItsOpenSessions() {
        String username = unique("signed-in");
        UserSummary user = administration.create(details(username, username + "@example.org"));
        var principal =
                User.withUsername(username).password("x").roles("LEARNER").build();
        sessions.registerNewSession("session-of-" + username, principal);

        administration.setActive(user.id(), false);

        assertThat(sessions.getSessionInformation("session-of-" + username).isExpired())
                .isTrue();
    }

    @Test
    @WithMockUser(username = "learner", roles = "LEARNER")
    void aLearnerCannotListCreateOrResetAccounts() {
        assertThatThrownBy(() -> administration.search("", 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.create(details(unique("x"), unique("x") + "@example.org")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.resetPassword(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> auditTrail.newestFirst(0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "reviewer.ke", roles = "REVIEWER")
    void aReviewerCannotReadTheAuditLog() {
        assertThatThrownBy(() -> auditTrail.newestFirst(0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodySignedInCannotReachAdministration() {
        assertThatThrownBy(() -> administration.search("", 0, 10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void searchFindsByPartOfNameOrEmailCaseInsensitively() {
        String username = unique("searchable");
        administration.create(new AccountDetails(
                username,
                "Zainab Okonkwo",
                username + "@health.gov.ng",
                "NG",
                Language.EN,
                Set.of(Role.LEARNER),
                "a long enough password"));

        assertThat(administration.search("OKONKWO", 0, 10).getContent())
                .extracting(UserSummary::username)
                .contains(username);
        assertThat(administration.search("health.gov.ng", 0, 10).getContent())
                .extracting(UserSummary::username)
                .contains(username);
        assertThat(administration.search("100%_", 0, 10).getContent()).isEmpty();
    }

    private static AccountDetails details(String username, String email) {
        return new AccountDetails(
                username, "Test Person", email, "KE", Language.EN, Set.of(Role.LEARNER), "a long enough password");
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
