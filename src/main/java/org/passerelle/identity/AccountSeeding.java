package org.passerelle.identity;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import org.passerelle.shared.Language;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts on behalf of the system (demo data, first administrator); never from a request. */
@Component
class AccountSeeding {

    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountSeeding(UserAccounts accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** @return false when the username already exists (left as it is) */
    @Transactional
    boolean createIfMissing(
            String username,
            String displayName,
            String email,
            String country,
            Language language,
            Set<Role> roles,
            String password) {
        String normalised = username.toLowerCase(Locale.ROOT);
        if (accounts.existsByUsername(normalised)) {
            return false;
        }
        UserAccount account = new UserAccount(
                normalised,
                displayName,
                email.toLowerCase(Locale.ROOT),
                passwordEncoder.encode(password),
                clock.instant());
        account.describe(displayName, email.toLowerCase(Locale.ROOT), country, language.code());
        account.grant(roles);
        accounts.save(account);
        return true;
    }

    @Transactional(readOnly = true)
    boolean anyActiveAdministrator() {
        return accounts.existsActiveWithRole(Role.ADMIN);
    }
}
