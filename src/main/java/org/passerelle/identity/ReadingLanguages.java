package org.passerelle.identity;

import org.passerelle.shared.Language;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language each person chose to read in, for what is written for them while someone else asks for it
 * (an administrator downloading a learner's certificate). Tells nothing else of the account; the caller checks
 * first that the signed-in person may see that document.
 */
@Service
public class ReadingLanguages {

    private final UserAccounts accounts;

    ReadingLanguages(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** The person's chosen language, English for an unknown account or an unknown language. */
    // Learners ask only for their own; administrators and reviewers read documents of others, which the caller
    // has checked they may see.
    @PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER', 'SYSTEM')"
            + " or T(org.passerelle.identity.SignedInUser).currentId().orElse(-1L) == #userId")
    @Transactional(readOnly = true)
    public Language of(long userId) {
        return accounts.findById(userId)
                .flatMap(account -> Language.ofCode(account.language()))
                .orElse(Language.DEFAULT);
    }
}
