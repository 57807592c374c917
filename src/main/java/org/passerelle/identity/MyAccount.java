package org.passerelle.identity;

import java.util.Optional;
import org.passerelle.shared.Language;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's own account. */
@Service
@PreAuthorize("isAuthenticated()")
public class MyAccount {

    private final UserAccounts accounts;

    MyAccount(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> current() {
        return signedIn().map(UserSummary::of);
    }

    /** Stores the interface language the person chose, for every device they sign in from. */
    @Transactional
    public void changeLanguage(Language language) {
        signedIn().ifPresent(account -> account.changeLanguage(language.code()));
    }

    private Optional<UserAccount> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? Optional.empty() : accounts.findByUsername(authentication.getName());
    }
}
