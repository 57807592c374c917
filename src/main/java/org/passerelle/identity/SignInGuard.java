package org.passerelle.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles guessing: an account is locked after consecutive failures, for a period that doubles with each
 * lock, and a network address that keeps failing must wait longer and longer between attempts. Called
 * before anyone is signed in, hence open to all.
 */
@Service
@PreAuthorize("permitAll()")
public class SignInGuard {

    private final UserAccounts accounts;
    private final AuditTrail audit;
    private final SignInPolicy policy;
    private final Clock clock;
    private final ConcurrentHashMap<String, AddressFailures> addresses = new ConcurrentHashMap<>();

    SignInGuard(UserAccounts accounts, AuditTrail audit, SignInPolicy policy, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    /** Counts a failed attempt (wrong password or unknown name) against the account and the address. */
    @Transactional
    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        if (address != null) {
            addresses.compute(
                    address,
                    (key, failures) -> (failures == null || failures.expired(now, policy))
                            ? new AddressFailures(1, now)
                            : new AddressFailures(failures.count() + 1, now));
        }
        if (username == null) {
            return;
        }
        accounts.lockByUsername(username.strip().toLowerCase(Locale.ROOT)).ifPresent(account -> {
            boolean wasLocked = account.lockedAt(now);
            account.failSignIn(now, policy.accountThreshold(), policy.firstLock(), policy.longestLock());
            if (!wasLocked && account.lockedAt(now)) {
                audit.record(AuditAction.ACCOUNT_LOCKED, account.username(), "until " + account.lockedUntil());
            }
        });
    }

    @Transactional
    public void recordSuccess(String username) {
        accounts.lockByUsername(username.toLowerCase(Locale.ROOT)).ifPresent(UserAccount::succeedSignIn);
    }

    /** How long until the account may try again, if it is locked now. */
    @Transactional(readOnly = true)
    public Optional<Duration> accountLockedFor(String username) {
        if (username == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return accounts.findByUsername(username.strip().toLowerCase(Locale.ROOT))
                .filter(account -> account.lockedAt(now))
                .map(account -> Duration.between(now, account.lockedUntil()));
    }

    /** How long this address must still wait before its next attempt is even checked. */
    public Optional<Duration> addressMustWait(String address) {
        AddressFailures failures = address == null ? null : addresses.get(address);
        Instant now = clock.instant();
        if (failures == null || failures.expired(now, policy)) {
            return Optional.empty();
        }
        int excess = failures.count() - policy.addressFreeFailures();
        if (excess <= 0) {
            return Optional.empty();
        }
        Duration delay = Duration.ofSeconds(1L << Math.min(excess - 1, 20));
        if (delay.compareTo(policy.longestAddressDelay()) > 0) {
            delay = policy.longestAddressDelay();
        }
        Duration remaining = Duration.between(now, failures.last().plus(delay));
        return remaining.isPositive() ? Optional.of(remaining) : Optional.empty();
    }

    private record AddressFailures(int count, Instant last) {
        boolean expired(Instant now, SignInPolicy policy) {
            return last.plus(policy.addressWindow()).isBefore(now);
        }
    }
}
