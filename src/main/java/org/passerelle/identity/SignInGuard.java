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
    private final UnknownSignInNames unknownNames;
    private final AuditTrail audit;
    private final SignInPolicy policy;
    private final Clock clock;
    private final ConcurrentHashMap<String, AddressFailures> addresses = new ConcurrentHashMap<>();

    SignInGuard(
            UserAccounts accounts,
            UnknownSignInNames unknownNames,
            AuditTrail audit,
            SignInPolicy policy,
            Clock clock) {
        this.accounts = accounts;
        this.unknownNames = unknownNames;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Counts a failed attempt against the name and the address. A name that is no account's is counted and locked
     * exactly like an account (decision 0003): the answer must not tell whether an account exists. A name that is
     * locked is not counted further: its attempts are refused whatever the password.
     */
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
        String name = normalised(username);
        Optional<UserAccount> account = accounts.lockByUsername(name);
        if (account.isPresent()) {
            SignInFailures failures = account.get().signIns();
            if (!failures.lockedAt(now)) {
                failures.fail(now, policy);
                if (failures.lockedAt(now)) {
                    audit.record(
                            AuditAction.ACCOUNT_LOCKED, account.get().username(), "until " + failures.lockedUntil());
                }
            }
        } else {
            String hash = UnknownSignInName.hash(name);
            unknownNames.ensure(hash);
            SignInFailures failures = unknownNames.lock(hash).orElseThrow().failures();
            if (!failures.lockedAt(now)) {
                failures.fail(now, policy);
            }
        }
    }

    @Transactional
    public void recordSuccess(String username) {
        accounts.lockByUsername(username.toLowerCase(Locale.ROOT)).ifPresent(UserAccount::succeedSignIn);
    }

    /** How long until the name may try again, if it is locked now: an account's or not, the same answer. */
    @Transactional(readOnly = true)
    public Optional<Duration> accountLockedFor(String username) {
        if (username == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String name = normalised(username);
        Optional<SignInFailures> failures = accounts.findByUsername(name)
                .map(UserAccount::signIns)
                .or(() -> unknownNames.findById(UnknownSignInName.hash(name)).map(UnknownSignInName::failures));
        return failures.filter(f -> f.lockedAt(now)).map(f -> Duration.between(now, f.lockedUntil()));
    }

    /** Forgets names without an account whose last failure is older than the policy keeps failures. */
    @Transactional
    public int forgetOldUnknownNames() {
        return unknownNames.forgetFailedBefore(clock.instant().minus(policy.forgetFailuresAfter()));
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

    private static String normalised(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private record AddressFailures(int count, Instant last) {
        boolean expired(Instant now, SignInPolicy policy) {
            return last.plus(policy.addressWindow()).isBefore(now);
        }
    }
}
