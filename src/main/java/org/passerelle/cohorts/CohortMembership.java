package org.passerelle.cohorts;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.passerelle.identity.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Learners join a cohort with an invitation code, and are enrolled in its courses at once. */
@Service
public class CohortMembership {

    private final Cohorts cohorts;
    private final Invitations invitations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CohortMembership(Cohorts cohorts, Invitations invitations, ApplicationEventPublisher events, Clock clock) {
        this.cohorts = cohorts;
        this.invitations = invitations;
        this.events = events;
        this.clock = clock;
    }

    /** What joining gave: the cohort and its courses. */
    public record Joined(long cohortId, String cohortName, Set<String> courseIds, boolean alreadyMember) {}

    /** The name of the cohort in which someone follows a course, if any; read by the platform itself. */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public Optional<String> cohortOf(long userId, String courseId) {
        return cohorts.cohortOf(userId, courseId).stream().findFirst();
    }

    /**
     * Whether the signed-in reviewer is named on a cohort in which this member follows this course — the
     * cohorts a reviewer answers for.
     */
    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional(readOnly = true)
    public boolean reviews(long memberId, String courseId) {
        return cohorts.reviewedBy(SignedInUser.requireId(), memberId, courseId) > 0;
    }

    /**
     * Joins the cohort of a code. A code that does not exist, has expired or is used up is refused, saying
     * which; someone already in the cohort uses none of its uses.
     */
    @PreAuthorize("hasRole('LEARNER')")
    @Transactional
    public Joined join(String code) {
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        Invitation invitation = invitations
                .findById(normalised)
                .orElseThrow(() -> new InvitationRefused(InvitationRefused.Reason.UNKNOWN));
        Cohort cohort = cohorts.findById(invitation.cohortId()).orElseThrow();
        long user = SignedInUser.requireId();
        Instant now = clock.instant();
        CohortSummary summary = cohort.summary(0);
        if (cohorts.join(cohort.id(), user, now) == 0) {
            return new Joined(cohort.id(), summary.name(), summary.courseIds(), true);
        }
        if (invitations.use(normalised, now) == 0) {
            throw new InvitationRefused(
                    invitation.expiresAt().isAfter(now)
                            ? InvitationRefused.Reason.USED_UP
                            : InvitationRefused.Reason.EXPIRED);
        }
        events.publishEvent(new CohortJoined(cohort.id(), user, summary.courseIds()));
        return new Joined(cohort.id(), summary.name(), summary.courseIds(), false);
    }
}
