package org.passerelle.credentials;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.passerelle.catalog.Catalog;
import org.passerelle.cohorts.CohortMembership;
import org.passerelle.identity.AuditAction;
import org.passerelle.identity.AuditTrail;
import org.passerelle.identity.SignedInUser;
import org.passerelle.identity.UserAdministration;
import org.passerelle.identity.UserSummary;
import org.passerelle.learning.CourseCompleted;
import org.passerelle.shared.LikePattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Completion records: issuing them once, showing them to their holders, verifying and revoking them. */
@Service
public class Credentials {

    /** Record ids: 26 characters of base32, 128 random bits. */
    static final Pattern ID = Pattern.compile("[a-z2-7]{26}");

    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CompletionRecords records;
    private final UserAdministration people;
    private final Catalog catalog;
    private final AuditTrail audit;
    private final VerificationThrottle throttle;
    private final Clock clock;
    private final String issuer;
    private final CohortMembership cohorts;

    Credentials(
            CompletionRecords records,
            UserAdministration people,
            Catalog catalog,
            AuditTrail audit,
            VerificationThrottle throttle,
            Clock clock,
            @Value("${passerelle.issuer.name:Passerelle}") String issuer,
            CohortMembership cohorts) {
        this.records = records;
        this.people = people;
        this.catalog = catalog;
        this.audit = audit;
        this.throttle = throttle;
        this.clock = clock;
        this.issuer = issuer;
        this.cohorts = cohorts;
    }

    /**
     * Issues the record of a completion; a second delivery of the same event issues nothing. Run by the
     * platform when it hears {@link CourseCompleted}.
     */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public boolean issue(CourseCompleted completion) {
        UserSummary holder = people.get(completion.userId());
        String title = catalog.version(completion.versionId())
                .map(version -> version.content().title().get(version.content().defaultLanguage()))
                .orElse(completion.courseId());
        return records.issue(
                        newId(),
                        completion.userId(),
                        completion.enrolmentId(),
                        completion.courseId(),
                        completion.versionNumber(),
                        holder.displayName(),
                        title,
                        holder.country(),
                        cohorts.cohortOf(completion.userId(), completion.courseId())
                                .orElse(null),
                        completion.score(),
                        completion.completedAt(),
                        clock.instant(),
                        issuer)
                == 1;
    }

    /** The signed-in learner's records, most recent first. */
    @PreAuthorize("hasRole('LEARNER')")
    @Transactional(readOnly = true)
    public List<RecordSummary> mine() {
        return records.findByUserIdOrderByCompletedAtDesc(SignedInUser.requireId()).stream()
                .map(CompletionRecord::view)
                .toList();
    }

    /** The name under which this platform issues records: public, as on every record and badge. */
    @PreAuthorize("permitAll()")
    public String issuerName() {
        return issuer;
    }

    /**
     * What anyone may learn about a record. Unknown and malformed ids are answered alike; an address that
     * asks too often is refused for a while.
     *
     * @param address the network address asking
     */
    @PreAuthorize("permitAll()")
    public Optional<Verification> verify(String id, String address) {
        // Outside a transaction: the throttle commits its own on a connection of its own, so a lookup never holds two.
        throttle.check(address);
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return records.findById(id).map(CompletionRecord::view).map(Verification::of);
    }

    /** Records whose id, holder or course matches, for administrators. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<RecordSummary> search(String text, int limit) {
        String needle = LikePattern.needle(text);
        String pattern = LikePattern.containing(needle);
        return records.search(needle, pattern, PageRequest.of(0, Math.max(1, limit))).stream()
                .map(CompletionRecord::view)
                .toList();
    }

    /** Revokes a record with a reason, at once and for good; the audit log keeps who did it and why. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RecordSummary revoke(String id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a revocation needs a reason");
        }
        CompletionRecord record =
                records.findById(id).orElseThrow(() -> new IllegalArgumentException("no record " + id));
        record.revoke(clock.instant(), reason.strip());
        audit.record(AuditAction.RECORD_REVOKED, id, reason.strip());
        return record.view();
    }

    static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        StringBuilder id = new StringBuilder(26);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                id.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            id.append(BASE32[(buffer << (5 - bits)) & 31]);
        }
        return id.toString();
    }
}
