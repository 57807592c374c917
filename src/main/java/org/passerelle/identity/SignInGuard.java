package org.passerelle.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
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
    private final AddressBackOff addresses;
    private final Clock clock;

    SignInGuard(
            UserAccounts accounts,
            UnknownSignInNames unknownNames,
            AuditTrail audit,
            SignInPolicy policy,
            AddressBackOff addresses,
            Clock clock) {
        this.accounts = accounts;
        this.unknownNames = unknownNames;
        this.audit = audit;
        this.policy = policy;
        this.addresses = addresses;
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
            addresses.recordFailure(address);
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
                    audit.recordWithoutRoleCheck(
                            AuditAction.ACCOUNT_LOCKED,
                            account.get().username(),
                            AuditDetail.of(AuditDetail.LOCKED_UNTIL, failures.lockedUntil()));
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

    /** Forgets the network addresses that have not failed a sign-in for the whole address window. */
    @Transactional
    public int forgetQuietAddresses() {
        return addresses.forgetQuiet();
    }

    /**
     * How long this address must still wait before its next attempt is even checked: the same answer on every
     * instance, as the failures are counted in the database.
     */
    public Optional<Duration> addressMustWait(String address) {
        return address == null ? Optional.empty() : addresses.mustWait(address);
    }

    private static String normalised(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
