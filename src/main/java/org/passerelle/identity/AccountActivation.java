package org.passerelle.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.passerelle.mail.Letter;
import org.passerelle.mail.MailKind;
import org.passerelle.mail.Outbox;
import org.passerelle.mail.Recipient;
import org.passerelle.shared.FieldProblem;
import org.passerelle.shared.Language;
import org.passerelle.shared.PublicAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts created for people (by bulk enrolment) who then choose their own password with a one-time code.
 * Nobody gets a shared default password: until activated, an account cannot sign in.
 */
@Service
public class AccountActivation {

    /** Codes: 20 characters of an alphabet without look-alikes, 100 random bits. */
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PendingAccountWriter writer;
    private final Activations activations;
    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final PublicAddress address;
    private final Clock clock;
    private final Duration validFor;

    AccountActivation(
            PendingAccountWriter writer,
            Activations activations,
            UserAccounts accounts,
            PasswordEncoder passwords,
            AuditTrail audit,
            Outbox outbox,
            PublicAddress address,
            Clock clock,
            @Value("${passerelle.activation.valid-for:30d}") Duration validFor) {
        this.writer = writer;
        this.activations = activations;
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.outbox = outbox;
        this.address = address;
        this.clock = clock;
        this.validFor = validFor;
    }

    /**
     * Creates learner accounts waiting for activation, in the caller's transaction, queues an activation message
     * to each (in their language, with their link), and returns each one's code — the only time the codes are
     * handed out in clear, for the administrator's list. Fields must have passed {@link AccountRules}; a
     * username or email taken meanwhile fails the whole transaction.
     *
     * @param written told how many accounts are written so far
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ActivationCode> createPending(List<PendingAccount> people, IntConsumer written) {
        Instant now = clock.instant();
        Instant expires = now.plus(validFor);
        List<String> codes = new ArrayList<>(people.size());
        List<String> hashes = new ArrayList<>(people.size());
        for (int i = 0; i < people.size(); i++) {
            String code = newCode();
            codes.add(code);
            hashes.add(hash(code));
        }
        List<Long> ids = writer.write(people, hashes, now, expires, written);
        List<ActivationCode> created = new ArrayList<>(people.size());
        List<Letter> letters = new ArrayList<>(people.size());
        for (int i = 0; i < people.size(); i++) {
            PendingAccount person = people.get(i);
            created.add(new ActivationCode(
                    ids.get(i), person.username(), person.displayName(), person.email(), codes.get(i), expires));
            if (!person.email().isBlank()) {
                letters.add(activationLetter(ids.get(i), person, codes.get(i), expires));
            }
        }
        outbox.queueAll(letters);
        audit.recordWithoutRoleCheck(
                AuditAction.ACCOUNTS_CREATED_PENDING,
                null,
                AuditDetail.of(AuditDetail.ACCOUNTS_PENDING, people.size()));
        return created;
    }

    /** The absolute address of the page that activates an account with its code. */
    private String link(String code) {
        return address.of("activate/" + code);
    }

    private Letter activationLetter(long userId, PendingAccount person, String code, Instant expires) {
        Language language = person.language();
        String until = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(language.locale())
                .format(expires.atZone(ZoneOffset.UTC));
        return new Letter(
                MailKind.ACCOUNT_ACTIVATION,
                new Recipient(userId, person.email(), person.displayName(), language),
                "mail.activation.subject",
                List.of(
                        Letter.Text.of("mail.activation.intro", person.username()),
                        Letter.Text.of("mail.activation.choose", until),
                        Letter.Text.of("mail.activation.ignore")),
                new Letter.Action("mail.activation.action", link(code)),
                null);
    }

    /** The username a valid, unexpired code activates; empty for any other code, without saying why. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<String> username(String code) {
        return valid(code)
                .flatMap(activation -> accounts.findById(activation.userId()))
                .map(UserAccount::username);
    }

    /**
     * Sets the password of the account a code activates and uses up the code.
     *
     * @return the username, to sign in with
     * @throws FieldProblem on the field {@code code} when the code is unknown, used or expired; on
     *     {@code password} when the password breaks the policy
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public String activate(String code, String password) {
        Activation activation = valid(code).orElseThrow(() -> new FieldProblem("code", "activation.invalid"));
        AccountRules.password(password);
        UserAccount account = accounts.findById(activation.userId()).orElseThrow();
        account.changePasswordHash(passwords.encode(password));
        activations.delete(activation);
        audit.recordWithoutRoleCheck(AuditAction.ACCOUNT_ACTIVATED, account.username());
        return account.username();
    }

    /** The form in which a code is typed or read back: upper case, without spaces or dashes. */
    static String normalise(String code) {
        return code == null ? "" : code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    private Optional<Activation> valid(String code) {
        String normalised = normalise(code);
        if (normalised.length() != 20) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return activations.findByCodeHash(hash(normalised)).filter(activation -> activation.validAt(now));
    }

    private static String newCode() {
        char[] code = new char[20];
        for (int i = 0; i < code.length; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    static String hash(String code) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
