package org.passerelle.credentials;

import java.util.Optional;
import org.passerelle.cohorts.CohortMembership;
import org.passerelle.identity.MyAccount;
import org.passerelle.identity.ReadingLanguages;
import org.passerelle.identity.Role;
import org.passerelle.identity.SignedInUser;
import org.passerelle.identity.UserSummary;
import org.passerelle.shared.PublicAddress;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The certificate of a completion record as a PDF, in the holder's language, for those who may have it:
 *
 * <ul>
 *   <li>the holder, for their own records;
 *   <li>administrators, for any record;
 *   <li>a reviewer, for a record of their own country whose holder follows the course in a cohort that names
 *       this reviewer — the cohorts a reviewer answers for, not every learner who happens to share the country.
 * </ul>
 *
 * Anyone else gets the same empty answer as for an id that does not exist, so that nobody learns whether a
 * record exists. A revoked record's certificate is still given (its holder may need to show what was issued,
 * an administrator to settle a dispute), with "revoked", the date and the reason across it; the QR code leads to
 * the verification page, which says the same.
 */
@Service
public class Certificates {

    private final CompletionRecords records;
    private final CertificateLayout layout;
    private final MyAccount me;
    private final ReadingLanguages languages;
    private final CohortMembership cohorts;
    private final PublicAddress address;

    Certificates(
            CompletionRecords records,
            CertificateLayout layout,
            MyAccount me,
            ReadingLanguages languages,
            CohortMembership cohorts,
            PublicAddress address) {
        this.records = records;
        this.layout = layout;
        this.me = me;
        this.languages = languages;
        this.cohorts = cohorts;
        this.address = address;
    }

    /**
     * The certificate of a record as PDF bytes, or empty when there is no such record the caller may have.
     * Not one transaction: each read is short, and no database connection waits while the page is drawn.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<byte[]> pdf(String id) {
        if (id == null || !Credentials.ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return records.findById(id)
                .filter(this::mayHave)
                .map(record -> layout.draw(
                        record.view(),
                        languages.of(record.userId()),
                        address.of(CredentialAddresses.ofRecord(CredentialAddresses.VERIFICATION, record.id()))));
    }

    private boolean mayHave(CompletionRecord record) {
        if (has(Role.ADMIN)) {
            return true;
        }
        if (SignedInUser.currentId().filter(id -> id == record.userId()).isPresent()) {
            return true;
        }
        if (has(Role.REVIEWER)) {
            String country = me.current().map(UserSummary::country).orElse(null);
            return country != null
                    && country.equals(record.view().country())
                    && cohorts.reviews(record.userId(), record.view().courseId());
        }
        return false;
    }

    private static boolean has(Role role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(authority -> role.authority().equals(authority.getAuthority()));
    }
}
