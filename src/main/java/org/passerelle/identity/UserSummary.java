package org.passerelle.identity;

import java.time.Instant;
import java.util.Set;
import org.passerelle.shared.Language;

/** An account as the administration screens and the shell see it. No password material. */
public record UserSummary(
        long id,
        String username,
        String displayName,
        String email,
        String country,
        Language language,
        Set<Role> roles,
        boolean active,
        Instant lockedUntil) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    static UserSummary of(UserAccount account) {
        return new UserSummary(
                account.id(),
                account.username(),
                account.displayName(),
                account.email(),
                account.country(),
                Language.ofCode(account.language()).orElse(Language.DEFAULT),
                account.roles(),
                account.active(),
                account.lockedUntil());
    }
}
