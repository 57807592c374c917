package org.passerelle.cohorts;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.identity.AccountActivation;
import org.passerelle.identity.ActivationCode;
import org.passerelle.identity.AuditAction;
import org.passerelle.identity.AuditDetail;
import org.passerelle.identity.AuditTrail;
import org.passerelle.identity.PendingAccount;
import org.passerelle.identity.SignedInUser;
import org.passerelle.shared.FieldProblem;
import org.passerelle.shared.database.MultiRowInsert;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrols a delegation from a spreadsheet: a preview of every row with its problems first, then — only when
 * no row has one — accounts created and everyone enrolled in one transaction, all or nothing. New accounts
 * wait for their holder to activate them with a one-time code; nobody gets a shared password.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class BulkEnrolment {

    /** Told how far the work is: {@code done} of {@code total} steps. */
    @FunctionalInterface
    public interface Progress {
        void at(int done, int total);

        Progress NONE = (done, total) -> {};
    }

    private final Cohorts cohorts;
    private final EnrolmentCheck check;
    private final AccountActivation activation;
    private final MultiRowInsert rows;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    BulkEnrolment(
            Cohorts cohorts,
            EnrolmentCheck check,
            AccountActivation activation,
            MultiRowInsert rows,
            ApplicationEventPublisher events,
            AuditTrail audit,
            Clock clock) {
        this.cohorts = cohorts;
        this.check = check;
        this.activation = activation;
        this.rows = rows;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reads and checks a file against a cohort; writes nothing. */
    @Transactional(readOnly = true)
    public EnrolmentPreview preview(long cohortId, byte[] file, Progress progress) {
        EnrolmentSheet.Reading reading = EnrolmentSheet.read(file);
        int total = reading.lines().size();
        return check.check(cohort(cohortId), reading, done -> progress.at(done, total))
                .preview();
    }

    /**
     * Checks the file again and, when every row passes, creates the missing accounts, makes everyone a
     * member and enrols them in the cohort's courses, in one transaction.
     *
     * @throws EnrolmentRefused when a row has a problem now; nothing is written
     */
    @Transactional
    public EnrolmentDone enrol(long cohortId, byte[] file, Progress progress) {
        CohortSummary cohort = cohort(cohortId);
        EnrolmentSheet.Reading reading = EnrolmentSheet.read(file);
        int total = reading.lines().size() * 2;
        EnrolmentCheck.Result result = check.check(cohort, reading, done -> progress.at(done, total));
        if (!result.preview().ready()) {
            throw new EnrolmentRefused(result.preview());
        }
        List<PendingAccount> newcomers = new ArrayList<>();
        List<Long> members = new ArrayList<>();
        for (EnrolmentCheck.Accepted row : result.accepted()) {
            if (row.existingUserId() != null) {
                members.add(row.existingUserId());
            } else {
                newcomers.add(new PendingAccount(
                        row.row().username(),
                        row.displayName(),
                        row.email(),
                        cohort.country(),
                        row.row().language()));
            }
        }
        int half = reading.lines().size();
        List<ActivationCode> created =
                activation.createPending(newcomers, written -> progress.at(half + written * 9 / 10, total));
        created.forEach(code -> members.add(code.userId()));
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        rows.insert(
                "insert ignore into cohorts_member (cohort_id, user_id, joined_at)",
                "(?, ?, ?)",
                members.stream().map(id -> new Object[] {cohortId, id, now}).toList());
        events.publishEvent(
                new CohortMembersAdded(cohortId, List.copyOf(members), cohort.courseIds(), SignedInUser.requireId()));
        audit.record(
                AuditAction.COHORT_BULK_ENROLMENT,
                cohort.name(),
                AuditDetail.BULK_ENROLMENT,
                created.size(),
                members.size() - created.size());
        progress.at(total, total);
        return new EnrolmentDone(cohortId, cohort.name(), created, members.size() - created.size());
    }

    private CohortSummary cohort(long cohortId) {
        return cohorts.findById(cohortId)
                .orElseThrow(() -> new FieldProblem("cohort", "cohort.gone"))
                .summary(0);
    }
}
