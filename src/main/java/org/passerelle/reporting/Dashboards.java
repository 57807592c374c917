package org.passerelle.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.passerelle.shared.Language;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviewers' and administrators' dashboards: cohorts at a glance, one cohort in depth, countries compared.
 * Reads only the reporting tables (a few small indexed queries); a reviewer reaches only their country's
 * cohorts — another country's cohort is answered as if it did not exist.
 */
@Service
@PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
public class Dashboards {

    private static final String OVERVIEW = """
            select c.cohort_id, c.name, c.country, c.starts_on, c.ends_on, c.learners,
                   (select count(*) from reporting_learner l
                     where l.cohort_id = c.cohort_id and l.last_active_at >= ?) as active,
                   c.completed, c.avg_best_score, c.refreshed_at
            from reporting_cohort c
            """;

    private final JdbcTemplate jdbc;
    private final ReviewerScope scope;
    private final ReportDetails details;
    private final Clock clock;

    Dashboards(JdbcTemplate jdbc, ReviewerScope scope, ReportDetails details, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.details = details;
        this.clock = clock;
    }

    /** The cohorts the signed-in person may see: a reviewer's country's, or all for administrators. */
    @Transactional(readOnly = true)
    public List<CohortOverview> home() {
        ReviewerScope.Allowed allowed = scope.current();
        if (allowed.everyCountry()) {
            return jdbc.query(
                    OVERVIEW + " order by c.country, c.starts_on desc, c.name", Dashboards::overview, weekAgo());
        }
        if (allowed.country() == null) {
            return List.of();
        }
        return jdbc.query(
                OVERVIEW + " where c.country = ? order by c.starts_on desc, c.name",
                Dashboards::overview,
                weekAgo(),
                allowed.country());
    }

    /** One cohort in depth, texts in the reader's language; empty when it does not exist or is not theirs. */
    @Transactional(readOnly = true)
    public Optional<CohortReport> cohort(long cohortId, Language reader) {
        return overview(cohortId).map(overview -> details.of(overview, reader));
    }

    /** The cohort's numbers at a glance, if the signed-in person may see it. */
    @Transactional(readOnly = true)
    public Optional<CohortOverview> overview(long cohortId) {
        List<CohortOverview> found =
                jdbc.query(OVERVIEW + " where c.cohort_id = ?", Dashboards::overview, weekAgo(), cohortId);
        return found.stream().findFirst().filter(overview -> scope.current().covers(overview.country()));
    }

    /** Every country's cohorts summed, for administrators. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<CountryComparison> countries() {
        return jdbc.query(
                """
                select c.country, count(*), sum(c.learners),
                       sum((select count(*) from reporting_learner l
                            where l.cohort_id = c.cohort_id and l.last_active_at >= ?)),
                       sum(c.completed),
                       sum(c.avg_best_score * c.learners) / nullif(sum(case when c.avg_best_score is null then 0
                                                                            else c.learners end), 0)
                from reporting_cohort c group by c.country order by c.country
                """,
                (row, n) -> new CountryComparison(
                        row.getString(1),
                        row.getInt(2),
                        row.getInt(3),
                        row.getInt(4),
                        row.getInt(5),
                        scale(row.getBigDecimal(6))),
                weekAgo());
    }

    private LocalDateTime weekAgo() {
        return LocalDateTime.ofInstant(clock.instant().minus(Duration.ofDays(7)), ZoneOffset.UTC);
    }

    static CohortOverview overview(ResultSet row, int n) throws SQLException {
        return new CohortOverview(
                row.getLong(1),
                row.getString(2),
                row.getString(3),
                row.getObject(4, LocalDate.class),
                row.getObject(5, LocalDate.class),
                row.getInt(6),
                row.getInt(7),
                row.getInt(8),
                row.getBigDecimal(9),
                instant(row, 10));
    }

    static @Nullable Instant instant(ResultSet row, int column) throws SQLException {
        LocalDateTime time = row.getObject(column, LocalDateTime.class);
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }

    private static @Nullable BigDecimal scale(@Nullable BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
