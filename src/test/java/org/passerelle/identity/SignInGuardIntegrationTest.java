package org.passerelle.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.PasserelleTest;
import org.passerelle.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;

/** Throttling of sign-in guesses, with a clock the test moves, against the real database. */
@PasserelleTest
class SignInGuardIntegrationTest {

    @Autowired
    SignInGuard guard;

    @Autowired
    AccountSeeding seeding;

    @Autowired
    AccountDirectory directory;

    @Autowired
    MutableClock clock;

    /** Locks and waits are read to the second: the clock stands still unless the test moves it. */
    @BeforeEach
    void stopTheClock() {
        clock.freeze();
    }

    @Autowired
    UnknownSignInNames unknownNames;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void fiveConsecutiveFailuresLockTheAccountForAGrowingPeriod() {
        String username = newAccount();
        for (int i = 0; i < 4; i++) {
            guard.recordFailure(username, null);
        }
        assertThat(guard.accountLockedFor(username)).isEmpty();
        assertThat(directory.loadUserByUsername(username).isAccountNonLocked()).isTrue();

        guard.recordFailure(username, null);
        assertThat(guard.accountLockedFor(username)).hasValue(Duration.ofMinutes(1));
        assertThat(directory.loadUserByUsername(username).isAccountNonLocked()).isFalse();

        clock.advance(Duration.ofSeconds(61));
        assertThat(guard.accountLockedFor(username)).isEmpty();
        for (int i = 0; i < 5; i++) {
            guard.recordFailure(username, null);
        }
        assertThat(guard.accountLockedFor(username)).hasValue(Duration.ofMinutes(2));
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        String username = newAccount();
        for (int i = 0; i < 4; i++) {
            guard.recordFailure(username, null);
        }
        guard.recordSuccess(username);
        guard.recordFailure(username, null);
        assertThat(guard.accountLockedFor(username)).isEmpty();
    }

    @Test
    void springSecuritysFailureEventsReachTheGuard() {
        String username = newAccount();
        for (int i = 0; i < 5; i++) {
            events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong"),
                    new BadCredentialsException("wrong")));
        }
        assertThat(guard.accountLockedFor(username)).isPresent();
    }

    @Test
    void aNameThatIsNoAccountIsLockedExactlyLikeAnAccount() {
        String account = newAccount();
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        for (String name : List.of(account, nobody)) {
            for (int i = 0; i < 4; i++) {
                guard.recordFailure(name, null);
            }
        }
        assertThat(guard.accountLockedFor(account)).isEmpty();
        assertThat(guard.accountLockedFor(nobody)).isEmpty();

        guard.recordFailure(account, null);
        guard.recordFailure(" " + nobody.toUpperCase(Locale.ROOT), null);
        assertThat(guard.accountLockedFor(account)).hasValue(Duration.ofMinutes(1));
        assertThat(guard.accountLockedFor(nobody)).hasValue(Duration.ofMinutes(1));

        clock.advance(Duration.ofSeconds(30));
        for (String name : List.of(account, nobody)) {
            for (int i = 0; i < 5; i++) {
                guard.recordFailure(name, null);
            }
        }
        assertThat(guard.accountLockedFor(account))
                .as("attempts on a locked name are not counted")
                .hasValue(Duration.ofSeconds(30));
        assertThat(guard.accountLockedFor(nobody)).hasValue(Duration.ofSeconds(30));

        clock.advance(Duration.ofSeconds(31));
        for (String name : List.of(account, nobody)) {
            for (int i = 0; i < 5; i++) {
                guard.recordFailure(name, null);
            }
        }
        assertThat(guard.accountLockedFor(account)).hasValue(Duration.ofMinutes(2));
        assertThat(guard.accountLockedFor(nobody)).hasValue(Duration.ofMinutes(2));
    }

    @Test
    void aNameWithoutAccountIsKeptOnlyAsAHashAndForgottenADayAfterItsLastFailure() {
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            guard.recordFailure(nobody, null);
        }
        assertThat(unknownNames.findById(UnknownSignInName.hash(nobody))).isPresent();
        assertThat(unknownNames.findById(nobody)).isEmpty();

        clock.advance(Duration.ofHours(23));
        guard.forgetOldUnknownNames();
        assertThat(unknownNames.findById(UnknownSignInName.hash(nobody))).isPresent();

        clock.advance(Duration.ofHours(2));
        assertThat(guard.forgetOldUnknownNames()).isPositive();
        assertThat(unknownNames.findById(UnknownSignInName.hash(nobody))).isEmpty();
        assertThat(guard.accountLockedFor(nobody)).isEmpty();
    }

    @Test
    void anAddressThatKeepsFailingMustWaitLongerAndLonger() {
        String address = "203.0.113." + (int) (Math.random() * 200);
        for (int i = 0; i < 10; i++) {
            guard.recordFailure("nobody-" + i, address);
        }
        assertThat(guard.addressMustWait(address)).isEmpty();

        guard.recordFailure("nobody", address);
        assertThat(guard.addressMustWait(address)).hasValue(Duration.ofSeconds(1));
        guard.recordFailure("nobody", address);
        assertThat(guard.addressMustWait(address)).hasValue(Duration.ofSeconds(2));
        guard.recordFailure("nobody", address);
        assertThat(guard.addressMustWait(address)).hasValue(Duration.ofSeconds(4));

        clock.advance(Duration.ofSeconds(4));
        assertThat(guard.addressMustWait(address)).isEmpty();
        assertThat(guard.addressMustWait("198.51.100.7")).isEmpty();

        clock.advance(Duration.ofMinutes(16));
        guard.recordFailure("nobody", address);
        assertThat(guard.addressMustWait(address)).isEmpty();
    }

    private String newAccount() {
        String username = "guarded-" + UUID.randomUUID().toString().substring(0, 8);
        seeding.createIfMissing(
                username,
                "Guarded",
                username + "@example.org",
                "KE",
                Language.EN,
                Set.of(Role.LEARNER),
                "a long enough password");
        return username;
    }
}
