package org.passerelle.identity;

import java.time.Clock;
import java.util.Locale;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells Spring Security who may sign in: active accounts, not locked, with their roles. */
@Component
class AccountDirectory implements UserDetailsService {

    private final UserAccounts accounts;
    private final Clock clock;

    AccountDirectory(UserAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String normalised = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        UserAccount account =
                accounts.findByUsername(normalised).orElseThrow(() -> new UsernameNotFoundException(normalised));
        if (account.passwordHash() == null) {
            // Waiting for activation: nobody can sign in with it, and the answer is the same as for no account.
            throw new UsernameNotFoundException(normalised);
        }
        return new SignedInUser(
                account.id(),
                account.username(),
                account.passwordHash(),
                account.active(),
                account.lockedAt(clock.instant()),
                account.roles().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList());
    }
}
