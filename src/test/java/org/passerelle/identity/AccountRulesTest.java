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

    @Test
    void theFifthConsecutiveFailureLocksAndEachLockLastsTwiceAsLong() {
        UserAccount account = new UserAccount("a", "A", "a@b.org", "{noop}x", Instant.EPOCH);
        Instant now = Instant.parse("2026-01-01T10:00:00Z");
        for (int i = 0; i < 4; i++) {
            account.failSignIn(now, 5, Duration.ofMinutes(1), Duration.ofHours(1));
        }
        assertThat(account.lockedAt(now)).isFalse();
        account.failSignIn(now, 5, Duration.ofMinutes(1), Duration.ofHours(1));
        assertThat(account.lockedUntil()).isEqualTo(now.plus(Duration.ofMinutes(1)));

        Instant later = now.plus(Duration.ofMinutes(2));
        for (int i = 0; i < 5; i++) {
            account.failSignIn(later, 5, Duration.ofMinutes(1), Duration.ofHours(1));
        }
        assertThat(account.lockedUntil()).isEqualTo(later.plus(Duration.ofMinutes(2)));

        account.succeedSignIn();
        assertThat(account.lockedAt(later)).isFalse();
        assertThat(account.failedAttempts()).isZero();
    }

    @Test
    void aLockNeverExceedsTheLongestLock() {
        UserAccount account = new UserAccount("a", "A", "a@b.org", "{noop}x", Instant.EPOCH);
        Instant now = Instant.parse("2026-01-01T10:00:00Z");
        for (int i = 0; i < 5 * 30; i++) {
            account.failSignIn(now, 5, Duration.ofMinutes(1), Duration.ofHours(1));
        }
        assertThat(account.lockedUntil()).isEqualTo(now.plus(Duration.ofHours(1)));
    }
}
