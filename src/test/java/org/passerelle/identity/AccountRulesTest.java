package org.passerelle.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.passerelle.shared.FieldProblem;

class AccountRulesTest {

    @Test
    void usernamesAndEmailsAreStoredLowerCaseWithoutSurroundingSpaces() {
        assertThat(AccountRules.username("  Reviewer.KE ")).isEqualTo("reviewer.ke");
        assertThat(AccountRules.email(" Awa.Ndiaye@Gouv.SN ")).isEqualTo("awa.ndiaye@gouv.sn");
    }

    @Test
    void aBadEmailIsRefusedOnTheEmailField() {
        assertThatThrownBy(() -> AccountRules.email("awa@gouv")).isInstanceOfSatisfying(FieldProblem.class, problem -> {
            assertThat(problem.field()).isEqualTo("email");
            assertThat(problem.messageKey()).isEqualTo("user.email.invalid");
        });
        assertThatThrownBy(() -> AccountRules.email("two@@signs.org")).isInstanceOf(FieldProblem.class);
    }

    @Test
    void anUnknownCountryIsRefusedAndNoCountryIsAllowed() {
        assertThatThrownBy(() -> AccountRules.country("XX"))
                .isInstanceOfSatisfying(
                        FieldProblem.class,
                        problem -> assertThat(problem.messageKey()).isEqualTo("user.country.unknown"));
        assertThat(AccountRules.country("ke")).isEqualTo("KE");
        assertThat(AccountRules.country(" ")).isNull();
    }

    @Test
    void passwordsShorterThanTwelveCharactersAreRefused() {
        assertThat(PasswordPolicy.problem("short-pass1")).isEqualTo("password.too-short");
        assertThat(PasswordPolicy.problem("            ")).isEqualTo("password.too-short");
        assertThat(PasswordPolicy.problem("twelve-chars")).isNull();
    }

    static final SignInPolicy POLICY =
            new SignInPolicy(5, Duration.ofMinutes(1), Duration.ofHours(1), 10, null, null, Duration.ofDays(1));

    @Test
    void theFifthConsecutiveFailureLocksAndEachLockLastsTwiceAsLong() {
        UserAccount account = new UserAccount("a", "A", "a@b.org", "{noop}x", Instant.EPOCH);
        Instant now = Instant.parse("2026-01-01T10:00:00Z");
        for (int i = 0; i < 4; i++) {
            account.signIns().fail(now, POLICY);
        }
        assertThat(account.lockedAt(now)).isFalse();
        account.signIns().fail(now, POLICY);
        assertThat(account.lockedUntil()).isEqualTo(now.plus(Duration.ofMinutes(1)));

        Instant later = now.plus(Duration.ofMinutes(2));
        for (int i = 0; i < 5; i++) {
            account.signIns().fail(later, POLICY);
        }
        assertThat(account.lockedUntil()).isEqualTo(later.plus(Duration.ofMinutes(2)));

        account.succeedSignIn();
        assertThat(account.lockedAt(later)).isFalse();
        assertThat(account.failedAttempts()).isZero();
    }

    @Test
    void failuresADayOldAreForgottenWithTheirLocks() {
        UserAccount account = new UserAccount("a", "A", "a@b.org", "{noop}x", Instant.EPOCH);
        Instant now = Instant.parse("2026-01-01T10:00:00Z");
        for (int i = 0; i < 5 * 3; i++) {
            account.signIns().fail(now.plusSeconds(i), POLICY);
        }
        for (int i = 0; i < 4; i++) {
            account.signIns().fail(now.plus(Duration.ofHours(3)), POLICY);
        }
        Instant nextDay = now.plus(Duration.ofHours(3)).plus(Duration.ofDays(1)).plusSeconds(1);
        account.signIns().fail(nextDay, POLICY);
        assertThat(account.lockedAt(nextDay))
                .as("4 failures a day ago are forgotten")
                .isFalse();
        for (int i = 0; i < 4; i++) {
            account.signIns().fail(nextDay, POLICY);
        }
        assertThat(account.lockedUntil())
                .as("and so are the earlier locks")
                .isEqualTo(nextDay.plus(Duration.ofMinutes(1)));
    }

    @Test
    void aLockNeverExceedsTheLongestLock() {
        UserAccount account = new UserAccount("a", "A", "a@b.org", "{noop}x", Instant.EPOCH);
        Instant now = Instant.parse("2026-01-01T10:00:00Z");
        for (int i = 0; i < 5 * 30; i++) {
            account.signIns().fail(now, POLICY);
        }
        assertThat(account.lockedUntil()).isEqualTo(now.plus(Duration.ofHours(1)));
    }
}
