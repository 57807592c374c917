package org.passerelle.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.shared.LikePattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learners of a cohort, for its dashboard: pages of the grid (filtered, sorted in the database), their
 * count, and those at risk. A cohort the caller may not see has no learners.
 */
@Service
@PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
public class CohortLearners {

    private static final String COLUMNS = "user_id, name, username, progress, last_active_at, best_score, best_scores,"
            + " quizzes_failed_twice, record_status";

    private final JdbcTemplate jdbc;
    private final Dashboards dashboards;
    private final Clock clock;

    CohortLearners(JdbcTemplate jdbc, Dashboards dashboards, Clock clock) {
        this.jdbc = jdbc;
        this.dashboards = dashboards;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<LearnerRow> page(long cohortId, LearnerQuery query) {
        if (dashboards.overview(cohortId).isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>();
        String where = where(cohortId, query.filter(), parameters);
        parameters.add(Math.max(1, Math.min(500, query.limit())));
        parameters.add(Math.max(0, query.offset()));
        String direction = query.descending() ? " desc" : " asc";
        return jdbc.query(
                "select " + COLUMNS + " from reporting_learner" + where + " order by "
                        + query.order().column() + direction + ", name, user_id limit ? offset ?",
                CohortLearners::row,
                parameters.toArray());
    }

    @Transactional(readOnly = true)
    public int count(long cohortId, LearnerFilter filter) {
        if (dashboards.overview(cohortId).isEmpty()) {
            return 0;
        }
        List<Object> parameters = new ArrayList<>();
        String where = where(cohortId, filter, parameters);
        return jdbc.queryForObject(
                "select count(*) from reporting_learner" + where, Integer.class, parameters.toArray());
    }

    @Transactional(readOnly = true)
    public int count(long cohortId, String text) {
        return count(cohortId, LearnerFilter.named(text));
    }

    /** The conditions of a filter, as SQL with placeholders; values go to the parameters. */
    private String where(long cohortId, LearnerFilter filter, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" where cohort_id = ?");
        parameters.add(cohortId);
        String needle = LikePattern.needle(filter.text());
        if (!needle.isEmpty()) {
            where.append(" and (lower(name) like ? or username like ?)");
            parameters.add(LikePattern.containing(needle));
            parameters.add(LikePattern.containing(needle));
        }
        if (filter.recordStatus() != null && !filter.recordStatus().isBlank()) {
            where.append(" and record_status = ?");
            parameters.add(filter.recordStatus());
        }
        if (filter.minProgress() != null) {
            where.append(" and progress >= ?");
            parameters.add(filter.minProgress());
        }
        if (filter.maxProgress() != null) {
            where.append(" and progress <= ?");
            parameters.add(filter.maxProgress());
        }
        if (filter.quietDays() != null) {
            where.append(" and (last_active_at is null or last_active_at < ?)");
            parameters.add(LocalDateTime.ofInstant(
                    clock.instant().minus(Duration.ofDays(Math.max(0, filter.quietDays()))), ZoneOffset.UTC));
        }
        if (filter.maxBestScore() != null) {
            where.append(" and best_score <= ?");
            parameters.add(filter.maxBestScore());
        }
        return where.toString();
    }

    /**
     * Learners at risk: no activity for {@code days} days (or none at all) and not done, or a quiz failed twice;
     * the longest silent first.
     */
    @Transactional(readOnly = true)
    public List<LearnerRow> atRisk(long cohortId, int days, int limit) {
        if (dashboards.overview(cohortId).isEmpty()) {
            return List.of();
        }
        LocalDateTime quietSince =
                LocalDateTime.ofInstant(clock.instant().minus(Duration.ofDays(Math.max(1, days))), ZoneOffset.UTC);
        return jdbc.query(
                "select " + COLUMNS + " from reporting_learner where cohort_id = ?"
                        + " and ((courses_completed < courses and (last_active_at is null or last_active_at < ?))"
                        + " or quizzes_failed_twice > 0)"
                        + " order by last_active_at is not null, last_active_at, name limit ?",
                CohortLearners::row,
                cohortId,
                quietSince,
                Math.max(1, limit));
    }

    static LearnerRow row(ResultSet row, int n) throws SQLException {
        return new LearnerRow(
                row.getLong(1),
                row.getString(2),
                row.getString(3),
                row.getInt(4),
                Dashboards.instant(row, 5),
                row.getBigDecimal(6),
                row.getString(7),
                row.getInt(8),
                row.getString(9));
    }
}
