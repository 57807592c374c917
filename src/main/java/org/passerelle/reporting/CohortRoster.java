package org.passerelle.reporting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.passerelle.catalog.Catalog;
import org.passerelle.cohorts.CohortAdministration;
import org.passerelle.cohorts.CohortSummary;
import org.passerelle.credentials.HeldRecord;
import org.passerelle.credentials.RecordsOfPeople;
import org.passerelle.identity.UserAdministration;
import org.passerelle.identity.UserSummary;
import org.passerelle.learning.EnrolmentStatus;
import org.passerelle.learning.ProgressOverview;
import org.passerelle.shared.Language;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The roster of a cohort: every member in every course of the cohort, with progress and record. */
@Service
public class CohortRoster {

    private final CohortAdministration cohorts;
    private final UserAdministration people;
    private final ProgressOverview progress;
    private final RecordsOfPeople records;
    private final Catalog catalog;
    private final Clock clock;

    CohortRoster(
            CohortAdministration cohorts,
            UserAdministration people,
            ProgressOverview progress,
            RecordsOfPeople records,
            Catalog catalog,
            Clock clock) {
        this.cohorts = cohorts;
        this.people = people;
        this.progress = progress;
        this.records = records;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The roster, course titles in the reader's language; empty when there is no such cohort. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<Roster> of(long cohortId, Language reader) {
        Optional<CohortSummary> found = cohorts.get(cohortId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CohortSummary cohort = found.get();
        List<Long> members = cohorts.members(cohortId);
        Set<String> courses = cohort.courseIds();
        Map<String, EnrolmentStatus> statuses = new HashMap<>();
        progress.of(members, courses).forEach(status -> statuses.put(key(status.userId(), status.courseId()), status));
        Map<String, HeldRecord> held = new HashMap<>();
        for (HeldRecord record : records.of(members, courses)) {
            // Several versions completed: the latest record speaks for the course.
            held.merge(
                    key(record.userId(), record.record().courseId()),
                    record,
                    (a, b) -> a.record().completedAt().isAfter(b.record().completedAt()) ? a : b);
        }
        Map<String, String> titles = new HashMap<>();
        for (String course : courses) {
            titles.put(
                    course,
                    catalog.current(course)
                            .map(version -> version.content()
                                    .title()
                                    .getOrDefault(
                                            reader,
                                            version.content()
                                                    .title()
                                                    .get(version.content().defaultLanguage())))
                            .orElse(course));
        }
        List<UserSummary> accounts = new ArrayList<>(people.get(members));
        accounts.sort(Comparator.comparing(UserSummary::displayName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(UserSummary::username));
        List<RosterLine> lines = new ArrayList<>();
        for (UserSummary person : accounts) {
            for (String course : courses.stream().sorted().toList()) {
                EnrolmentStatus status = statuses.get(key(person.id(), course));
                HeldRecord record = held.get(key(person.id(), course));
                lines.add(new RosterLine(
                        person.displayName(),
                        person.username(),
                        person.email(),
                        titles.get(course),
                        status != null,
                        status == null ? 0 : status.percent(),
                        status == null ? null : status.lastActivityAt(),
                        status == null ? null : status.completedAt(),
                        status == null ? null : status.score(),
                        record == null ? null : record.record().id(),
                        record != null && record.record().revoked()));
            }
        }
        return Optional.of(new Roster(
                cohort.id(),
                cohort.name(),
                cohort.country(),
                cohort.startsOn(),
                cohort.endsOn(),
                clock.instant(),
                List.copyOf(lines)));
    }

    private static String key(long userId, String courseId) {
        return userId + "/" + courseId;
    }
}
