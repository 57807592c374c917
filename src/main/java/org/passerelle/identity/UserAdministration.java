package org.passerelle.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.passerelle.shared.FieldProblem;
import org.passerelle.shared.Language;
import org.passerelle.shared.LikePattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators manage accounts here; every change leaves an audit entry. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class UserAdministration {

    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final Clock clock;
    private final SessionRegistry sessions;
    private final Activations activations;

    UserAdministration(
            UserAccounts accounts,
            PasswordEncoder passwordEncoder,
            AuditTrail audit,
            Clock clock,
            SessionRegistry sessions,
            Activations activations) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
        this.sessions = sessions;
        this.activations = activations;
    }

    /** A page of accounts whose username, name or email contains the text, sorted by username. */
    @Transactional(readOnly = true)
    public Page<UserSummary> search(String text, int offset, int limit) {
        String needle = LikePattern.needle(text);
        int size = Math.max(limit, 1);
        String pattern = LikePattern.containing(needle);
        return accounts.search(needle, pattern, PageRequest.of(offset / size, size, Sort.by("username")))
                .map(UserSummary::of);
    }

    /**
     * A page of the accounts with a role, of one country or of any ({@code country} null), whose username, name or
     * email contains the text, sorted by name: filtered and paged by the database, however many accounts there are.
     */
    @Transactional(readOnly = true)
    public List<UserSummary> withRole(Role role, @Nullable String country, String text, int offset, int limit) {
        String needle = LikePattern.needle(text);
        int size = Math.max(limit, 1);
        return accounts
                .withRole(
                        role,
                        country,
                        needle,
                        LikePattern.containing(needle),
                        PageRequest.of(offset / size, size, Sort.by("displayName", "username")))
                .stream()
                .map(UserSummary::of)
                .toList();
    }

    /** The account with this username or email address, as people type them (case and spaces ignored). */
    @Transactional(readOnly = true)
    public Optional<UserSummary> find(String usernameOrEmail) {
        String needle = LikePattern.needle(usernameOrEmail);
        return needle.isEmpty()
                ? Optional.empty()
                : accounts.findFirstByUsernameOrEmail(needle, needle).map(UserSummary::of);
    }

    /** One account; the platform itself reads it too, e.g. to name the holder of a completion record. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM')")
    @Transactional(readOnly = true)
    public UserSummary get(long id) {
        return UserSummary.of(find(id));
    }

    /** The accounts with these ids (those that exist). */
    @PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM')")
    @Transactional(readOnly = true)
    public List<UserSummary> get(List<Long> ids) {
        List<UserSummary> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 500) {
            accounts.findAllById(ids.subList(from, Math.min(ids.size(), from + 500))).stream()
                    .map(UserSummary::of)
                    .forEach(found::add);
        }
        return found;
    }

    /** The accounts with these email addresses (normalised as {@link AccountRules#email} does). */
    @Transactional(readOnly = true)
    public List<UserSummary> withEmails(List<String> emails) {
        List<UserSummary> found = new ArrayList<>();
        for (int from = 0; from < emails.size(); from += 500) {
            accounts.findByEmailIn(emails.subList(from, Math.min(emails.size(), from + 500))).stream()
                    .map(UserSummary::of)
                    .forEach(found::add);
        }
        return found;
    }

    /** Which of these usernames (normalised as {@link AccountRules#username} does) are taken. */
    @Transactional(readOnly = true)
    public Set<String> takenUsernames(List<String> usernames) {
        Set<String> taken = new HashSet<>();
        for (int from = 0; from < usernames.size(); from += 500) {
            taken.addAll(accounts.usernamesIn(usernames.subList(from, Math.min(usernames.size(), from + 500))));
        }
        return taken;
    }

    @Transactional
    public UserSummary create(AccountDetails details) {
        String username = AccountRules.username(details.username());
        String email = AccountRules.email(details.email());
        String displayName = AccountRules.displayName(details.displayName());
        String country = AccountRules.country(details.country());
        AccountRules.password(details.password());
        if (accounts.existsByUsername(username)) {
            throw new FieldProblem("username", "user.username.taken");
        }
        if (accounts.existsByEmail(email)) {
            throw new FieldProblem("email", "user.email.taken");
        }
        UserAccount account = new UserAccount(
                username, displayName, email, passwordEncoder.encode(details.password()), clock.instant());
        account.describe(displayName, email, country, language(details.language()));
        account.grant(roles(details.roles()));
        UserAccount saved = saveUnique(account);
        audit.recordWithoutRoleCheck(
                AuditAction.USER_CREATED, username, AuditDetail.of(AuditDetail.USER_CREATED, roles(saved), country));
        return UserSummary.of(saved);
    }

    @Transactional
    public UserSummary update(long id, AccountDetails details) {
        UserAccount account = find(id);
        String username = AccountRules.username(details.username());
        String email = AccountRules.email(details.email());
        String displayName = AccountRules.displayName(details.displayName());
        String country = AccountRules.country(details.country());
        if (accounts.existsByUsernameAndIdNot(username, id)) {
            throw new FieldProblem("username", "user.username.taken");
        }
        if (accounts.existsByEmailAndIdNot(email, id)) {
            throw new FieldProblem("email", "user.email.taken");
        }
        Set<Role> roles = roles(details.roles());
        if (account.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            refuseRemovingLastAdministrator(account);
        }
        List<String> before = describe(account);
        account.rename(username);
        account.describe(displayName, email, country, language(details.language()));
        account.grant(roles);
        UserAccount saved = saveUnique(account);
        List<String> change = new ArrayList<>(before);
        change.addAll(describe(saved));
        audit.recordWithoutRoleCheck(
                AuditAction.USER_UPDATED, username, new AuditDetail(AuditDetail.USER_UPDATED, change));
        return UserSummary.of(saved);
    }

    @Transactional
    public UserSummary setActive(long id, boolean active) {
        UserAccount account = find(id);
        if (!active && account.roles().contains(Role.ADMIN)) {
            refuseRemovingLastAdministrator(account);
        }
        if (account.active() != active) {
            account.activate(active);
            audit.recordWithoutRoleCheck(
                    active ? AuditAction.USER_REACTIVATED : AuditAction.USER_DEACTIVATED, account.username());
            if (!active) {
                endSessionsOf(account.username());
            }
        }
        return UserSummary.of(account);
    }

    /**
     * Replaces the password with a new random one, shown once to the administrator to hand over. Also lifts
     * a sign-in lock.
     */
    @Transactional
    public String resetPassword(long id) {
        UserAccount account = find(id);
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        account.changePasswordHash(passwordEncoder.encode(password));
        account.succeedSignIn();
        // An account still waiting for activation is activated by this password; its code is void.
        activations.findById(id).ifPresent(activations::delete);
        audit.recordWithoutRoleCheck(AuditAction.PASSWORD_RESET, account.username());
        return password.toString();
    }

    /** A deactivated person is signed out everywhere at their next click, not when their session idles out. */
    private void endSessionsOf(String username) {
        sessions.getAllPrincipals().stream()
                .filter(principal -> principal instanceof UserDetails user
                        && user.getUsername().equals(username))
                .flatMap(principal -> sessions.getAllSessions(principal, false).stream())
                .forEach(SessionInformation::expireNow);
    }

    private void refuseRemovingLastAdministrator(UserAccount account) {
        if (accounts.countActiveWithRoleOtherThan(Role.ADMIN, account.id()) == 0) {
            throw new FieldProblem("roles", "user.last-admin");
        }
    }

    private UserAccount saveUnique(UserAccount account) {
        try {
            return accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException e) {
            // Two administrators creating the same account at once: the unique keys decide.
            String message = String.valueOf(e.getMostSpecificCause().getMessage());
            throw new FieldProblem(
                    message.contains("email") ? "email" : "username",
                    message.contains("email") ? "user.email.taken" : "user.username.taken");
        }
    }

    private UserAccount find(long id) {
        return accounts.findById(id).orElseThrow(() -> new FieldProblem("id", "user.not-found"));
    }

    private static String language(Language language) {
        return (language == null ? Language.DEFAULT : language).code();
    }

    private static Set<Role> roles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new FieldProblem("roles", "user.roles.required");
        }
        return EnumSet.copyOf(roles);
    }

    /** Roles, country, language and email: what the audit log shows of an account before and after a change. */
    private static List<String> describe(UserAccount account) {
        return Stream.of(roles(account), account.country(), account.language(), account.email())
                .map(value -> value == null ? "" : value)
                .toList();
    }

    private static String roles(UserAccount account) {
        return account.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
