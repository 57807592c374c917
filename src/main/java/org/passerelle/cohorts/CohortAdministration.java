package org.passerelle.cohorts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.passerelle.catalog.Catalog;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserAdministration;
import org.passerelle.identity.UserSummary;
import org.passerelle.shared.Countries;
import org.passerelle.shared.FieldProblem;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators create and change cohorts and hand out invitation codes. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class CohortAdministration {

    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final String CHANGED_MEANWHILE = "cohort.changed-meanwhile";

    private final Cohorts cohorts;
    private final Invitations invitations;
    private final Catalog catalog;
    private final UserAdministration people;
    private final Clock clock;

    CohortAdministration(
            Cohorts cohorts, Invitations invitations, Catalog catalog, UserAdministration people, Clock clock) {
        this.cohorts = cohorts;
        this.invitations = invitations;
        this.catalog = catalog;
        this.people = people;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM')")
    @Transactional(readOnly = true)
    public List<CohortSummary> list() {
        Map<Long, Long> members = new HashMap<>();
        cohorts.memberCounts()
                .forEach(row -> members.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return cohorts.findAllByOrderByStartsOnDescNameAsc().stream()
                .map(cohort -> cohort.summary(members.getOrDefault(cohort.id(), 0L)))
                .toList();
    }

    /** The cohorts any of these people are members of. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM')")
    @Transactional(readOnly = true)
    public Set<Long> cohortsOf(List<Long> userIds) {
        Set<Long> found = new HashSet<>();
        for (int from = 0; from < userIds.size(); from += 500) {
            found.addAll(cohorts.cohortsOf(userIds.subList(from, Math.min(userIds.size(), from + 500))));
        }
        return found;
    }

    /** The cohorts that gained members since then. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM')")
    @Transactional(readOnly = true)
    public Set<Long> joinedSince(Instant since) {
        return new HashSet<>(cohorts.joinedSince(since));
    }

    /** One cohort, with its number of members. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM')")
    @Transactional(readOnly = true)
    public Optional<CohortSummary> get(long cohortId) {
        return cohorts.findById(cohortId).map(cohort -> cohort.summary(cohorts.members(cohortId)));
    }

    /** The accounts of a cohort's members, in the order they joined. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM')")
    @Transactional(readOnly = true)
    public List<Long> members(long cohortId) {
        return cohorts.memberIds(cohortId);
    }

    /**
     * Creates or changes a cohort after checking every field; a change made by someone else since the form
     * was opened is refused rather than overwritten.
     *
     * @throws FieldProblem naming the field refused and the translation key of the reason
     */
    @Transactional
    public CohortSummary save(CohortForm form) {
        check(form);
        Cohort cohort = form.id() == null
                ? new Cohort(clock.instant())
                : cohorts.findById(form.id()).orElseThrow(() -> new FieldProblem("name", "cohort.gone"));
        if (form.id() != null && cohort.summary(0).version() != form.version()) {
            throw new FieldProblem("version", CHANGED_MEANWHILE);
        }
        cohort.apply(form);
        Cohort saved;
        try {
            saved = cohorts.saveAndFlush(cohort);
        } catch (ObjectOptimisticLockingFailureException e) {
            // Saved by someone else between the check above and this write.
            throw new FieldProblem("version", CHANGED_MEANWHILE);
        }
        return saved.summary(cohorts.members(saved.id()));
    }

    /**
     * A page of the reviewers a cohort of this country may name ({@code country} null: of every country), whose
     * name, username or email contains the text, sorted by name; read from the database page by page.
     */
    @Transactional(readOnly = true)
    public List<Reviewer> reviewers(@Nullable String country, String text, int offset, int limit) {
        return people.withRole(Role.REVIEWER, country, text, offset, limit).stream()
                .map(Reviewer::of)
                .toList();
    }

    /** These reviewers (those that exist), e.g. the ones a cohort names, to show in its form. */
    @Transactional(readOnly = true)
    public List<Reviewer> reviewers(Collection<Long> ids) {
        return people.get(List.copyOf(ids)).stream().map(Reviewer::of).toList();
    }

    /** A new invitation code for a cohort, valid for some days and a number of uses. */
    @Transactional
    public InvitationView invite(long cohortId, int days, int maxUses) {
        cohorts.findById(cohortId).orElseThrow(() -> new FieldProblem("cohort", "cohort.gone"));
        if (days < 1 || days > 365) {
            throw new FieldProblem("days", "cohort.invitation.days");
        }
        if (maxUses < 1 || maxUses > 100_000) {
            throw new FieldProblem("maxUses", "cohort.invitation.uses");
        }
        Instant now = clock.instant();
        Invitation invitation =
                invitations.save(new Invitation(code(), cohortId, now.plus(Duration.ofDays(days)), maxUses, now));
        return InvitationView.of(invitation);
    }

    @Transactional(readOnly = true)
    public List<InvitationView> invitations(long cohortId) {
        return invitations.findByCohortIdOrderByCreatedAtDesc(cohortId).stream()
                .map(InvitationView::of)
                .toList();
    }

    private void check(CohortForm form) {
        if (form.name() == null || form.name().isBlank()) {
            throw new FieldProblem("name", "field.required");
        }
        if (form.name().strip().length() > 200) {
            throw new FieldProblem("name", "field.too-long");
        }
        if (!Countries.isValid(form.country())) {
            throw new FieldProblem("country", "user.country.unknown");
        }
        if (form.startsOn() == null) {
            throw new FieldProblem("startsOn", "field.required");
        }
        if (form.endsOn() == null) {
            throw new FieldProblem("endsOn", "field.required");
        }
        if (form.endsOn().isBefore(form.startsOn())) {
            throw new FieldProblem("endsOn", "cohort.ends-before-start");
        }
        if (form.courseIds().isEmpty()) {
            throw new FieldProblem("courses", "cohort.courses.required");
        }
        for (String course : form.courseIds()) {
            if (catalog.current(course).isEmpty()) {
                throw new FieldProblem("courses", "cohort.courses.unknown");
            }
        }
        for (long reviewer : form.reviewerIds()) {
            UserSummary person = people.get(reviewer);
            if (!person.has(Role.REVIEWER) || !form.country().equals(person.country())) {
                throw new FieldProblem("reviewers", "cohort.reviewers.country");
            }
        }
    }

    private static String code() {
        StringBuilder code = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }
}
