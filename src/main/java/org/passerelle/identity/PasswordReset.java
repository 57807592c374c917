package org.passerelle.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.passerelle.mail.Letter;
import org.passerelle.mail.MailKind;
import org.passerelle.mail.Outbox;
import org.passerelle.mail.Recipient;
import org.passerelle.shared.FieldProblem;
import org.passerelle.shared.Language;
import org.passerelle.shared.PublicAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgotten passwords: a person types their e-mail address and, when it is an active account's, receives a link
 * that lets them choose a new password once, within an hour. The answer is the same whether or not the address is
 * known; only the hash of a link's random token is stored; an account receives at most
 * {@code passerelle.password-reset.per-account-per-hour} links an hour and a network address may ask only so often
 * ({@link ResetThrottle}).
 */
@Service
public class PasswordReset {

    /** The page a reset link opens, relative to the app's base; its token follows. */
    public static final String PAGE = "reset-password";

    static final Duration VALID_FOR = Duration.ofHours(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccounts accounts;
    private final ResetLinks links;
    private final ResetThrottle throttle;
    private final Outbox outbox;
    private final PublicAddress address;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final OpenSessionsOfPeople sessions;
    private final Clock clock;
    private final int perAccountPerHour;

    PasswordReset(
            UserAccounts accounts,
            ResetLinks links,
            ResetThrottle throttle,
            Outbox outbox,
            PublicAddress address,
            PasswordEncoder passwords,
            AuditTrail audit,
            OpenSessionsOfPeople sessions,
            Clock clock,
            @Value("${passerelle.password-reset.per-account-per-hour:3}") int perAccountPerHour) {
        this.accounts = accounts;
        this.links = links;
        this.throttle = throttle;
        this.outbox = outbox;
        this.address = address;
        this.passwords = passwords;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
        this.perAccountPerHour = perAccountPerHour;
    }

    /**
     * Sends a reset link to the account with this e-mail address, if there is an active one that has not received
     * too many lately; otherwise does nothing, and says nothing either way. The link and its message are written in
     * one transaction.
     *
     * @param networkAddress where the request comes from, for the per-address limit
     * @throws TooManyResetRequests when this network address has asked too often
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void request(@Nullable String email, @Nullable String networkAddress) {
        throttle.check(networkAddress);
        String normalised;
        try {
            normalised = AccountRules.email(email);
        } catch (FieldProblem notAnAddress) {
            return;
        }
        Instant now = clock.instant();
        Optional<UserAccount> found = accounts.findFirstByEmail(normalised)
                .filter(UserAccount::active)
                .filter(account -> account.passwordHash() != null);
        if (found.isEmpty()) {
            return;
        }
        UserAccount account = found.get();
        if (links.countByUserIdAndCreatedAtAfter(account.id(), now.minus(Duration.ofHours(1))) >= perAccountPerHour) {
            return;
        }
        String token = newToken();
        links.save(new ResetLink(account.id(), AccountActivation.hash(token), now, now.plus(VALID_FOR)));
        Language language = Language.ofCode(account.language()).orElse(Language.DEFAULT);
        outbox.queue(new Letter(
                MailKind.PASSWORD_RESET,
                new Recipient(account.id(), account.email(), account.displayName(), language),
                "mail.reset.subject",
                List.of(
                        Letter.Text.of("mail.reset.intro", account.username()),
                        Letter.Text.of("mail.reset.valid"),
                        Letter.Text.of("mail.reset.ignore")),
                new Letter.Action("mail.reset.action", address.of(PAGE + "/" + Letter.SECRET)),
                token));
    }

    /** The username a usable link resets; empty for any other token, without saying why. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<String> username(@Nullable String token) {
        return usable(token).flatMap(link -> accounts.findById(link.userId())).map(UserAccount::username);
    }

    /**
     * Sets a new password with a link, uses up every open link of the account, lifts a sign-in lock (the person
     * proved they hold the mailbox) and ends every session the account is signed in with: whoever knew the old
     * password is out.
     *
     * @return the username, to sign in with
     * @throws FieldProblem on {@code token} when the link is unknown, used or expired; on {@code password} when the
     *     password breaks the policy
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public String reset(@Nullable String token, String password) {
        ResetLink link = usable(token).orElseThrow(() -> new FieldProblem("token", "reset.invalid"));
        AccountRules.password(password);
        UserAccount account = accounts.findById(link.userId()).orElseThrow();
        account.changePasswordHash(passwords.encode(password));
        account.succeedSignIn();
        links.useAll(account.id(), clock.instant());
        sessions.endAllOf(account.username());
        audit.recordWithoutRoleCheck(AuditAction.PASSWORD_RESET_BY_MAIL, account.username());
        return account.username();
    }

    /** Every day, forgets links expired for more than a day (the hourly count needs only the last hour's). */
    @Scheduled(fixedDelayString = "PT24H", initialDelayString = "PT9M")
    @Transactional
    void forgetOldLinks() {
        links.deleteExpiredBefore(clock.instant().minus(Duration.ofDays(1)));
    }

    private Optional<ResetLink> usable(@Nullable String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return links.findByTokenHash(AccountActivation.hash(token)).filter(link -> link.usableAt(now));
    }

    /** 256 random bits, written in the URL-safe Base64 alphabet (43 characters). */
    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
