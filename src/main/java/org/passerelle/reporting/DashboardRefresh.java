package org.passerelle.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passerelle.cohorts.CohortAdministration;
import org.passerelle.learning.LearningFacts;
import org.passerelle.shared.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Keeps the dashboard tables current: every minute, the cohorts whose learners did something, who gained
 * members, or whose numbers are older than half an hour (cohort changes, revocations, "active in the last 7
 * days" moving on) are recomputed. Dashboards never compute on the request: they read these tables.
 */
@Service
public class DashboardRefresh {

    private static final Logger log = LoggerFactory.getLogger(DashboardRefresh.class);

    private final DashboardRollup rollup;
    private final CohortAdministration cohorts;
    private final LearningFacts facts;
    private final JdbcTemplate jdbc;
    private final RunAs runAs;
    private final Clock clock;
    private final Duration staleAfter;
    private final int maxPerRun;
    private volatile Instant lastRun;

    DashboardRefresh(
            DashboardRollup rollup,
            CohortAdministration cohorts,
            LearningFacts facts,
            JdbcTemplate jdbc,
            RunAs runAs,
            Clock clock,
            @Value("${passerelle.dashboards.stale-after:30m}") Duration staleAfter,
            @Value("${passerelle.dashboards.max-per-run:20}") int maxPerRun) {
        this.rollup = rollup;
        this.cohorts = cohorts;
        this.facts = facts;
        this.jdbc = jdbc;
        this.runAs = runAs;
        this.clock = clock;
        this.staleAfter = staleAfter;
        this.maxPerRun = Math.max(1, maxPerRun);
    }

    /** Recomputes every cohort's numbers now; returns how many cohorts. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM')")
    public int rebuildAll() {
        List<Long> all = cohorts.list().stream().map(c -> c.id()).toList();
        all.forEach(rollup::refresh);
        return all.size();
    }

    /** Recomputes one cohort's numbers now. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM')")
    public void refresh(long cohortId) {
        rollup.refresh(cohortId);
    }

    @Scheduled(
            fixedDelayString = "${passerelle.dashboards.refresh:60s}",
            initialDelayString = "${passerelle.dashboards.first-refresh:15s}")
    void refreshChanged() {
        try {
            int refreshed = runAs.platform(this::changed).size();
            if (refreshed > 0) {
                log.debug("Dashboards: {} cohort(s) refreshed", refreshed);
            }
        } catch (RuntimeException e) {
            log.warn("Could not refresh the dashboards; will try again", e);
        }
    }

    private Set<Long> changed() {
        Instant now = clock.instant();
        Instant since = lastRun;
        Set<Long> due = new HashSet<>();
        Set<Long> known = new HashSet<>(jdbc.queryForList("select cohort_id from reporting_cohort", Long.class));
        cohorts.list().forEach(cohort -> {
            if (!known.contains(cohort.id())) {
                due.add(cohort.id());
            }
        });
        due.addAll(jdbc.queryForList(
                "select cohort_id from reporting_cohort where refreshed_at < ?",
                Long.class,
                LocalDateTime.ofInstant(now.minus(staleAfter), ZoneOffset.UTC)));
        if (since != null) {
            // A little overlap: activity committed just before the last run began is not missed.
            Instant from = since.minusSeconds(5);
            due.addAll(cohorts.cohortsOf(facts.usersActiveSince(from)));
            due.addAll(cohorts.joinedSince(from));
        }
        // At most so many per run, the least recently refreshed first: at full scale a busy cohort costs most of a
        // second, and the refresh must leave the database to the learners. What is left waits for the next run.
        Map<Long, LocalDateTime> refreshed = new HashMap<>();
        jdbc.query("select cohort_id, refreshed_at from reporting_cohort", row -> {
            refreshed.put(row.getLong(1), row.getObject(2, LocalDateTime.class));
        });
        List<Long> chosen = due.stream()
                .sorted(Comparator.comparing(id -> refreshed.getOrDefault(id, LocalDateTime.MIN)))
                .limit(maxPerRun)
                .toList();
        chosen.forEach(rollup::refresh);
        lastRun = chosen.size() == due.size() || since == null ? now : since;
        return new HashSet<>(chosen);
    }
}
