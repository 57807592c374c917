package org.passerelle.bench;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows waiting to be written, per table, in the order foreign keys need; written with multi-row inserts
 * (500 rows per statement) in the caller's transaction.
 */
final class ScaleRows {

    /** Each table's insert head and one row's placeholders, in the order they are written. */
    private static final Map<String, String[]> TABLES = new LinkedHashMap<>();

    static {
        table(
                "identity_user",
                "id, username, display_name, email, country, language, password_hash, active, failed_attempts,"
                        + " lock_count, created_at, version",
                "(?, ?, ?, ?, ?, ?, ?, true, 0, 0, ?, 0)");
        table("identity_user_role", "user_id, role", "(?, ?)");
        table("cohorts_cohort", "id, name, country, starts_on, ends_on, created_at, version", "(?, ?, ?, ?, ?, ?, 0)");
        table("cohorts_course", "cohort_id, course_id", "(?, ?)");
        table("cohorts_reviewer", "cohort_id, user_id", "(?, ?)");
        table("cohorts_member", "cohort_id, user_id, joined_at", "(?, ?, ?)");
        table(
                "learning_enrolment",
                "id, user_id, course_id, version_id, version_number, enrolled_at, enrolled_by, steps_total,"
                        + " steps_done, next_step, last_activity_at, completed_at, score, version",
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        table(
                "learning_lesson_progress",
                "enrolment_id, step, started_at, completed_at, seconds_spent",
                "(?, ?, ?, ?, ?)");
        table(
                "learning_attempt",
                "id, enrolment_id, user_id, quiz, number, language, started_at, deadline_at, submitted_at,"
                        + " open_flag, score, passed, plan, version",
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, 1)");
        table("learning_answer", "attempt_id, question_id, response, saved_at, fraction", "(?, ?, ?, ?, ?)");
        table(
                "credentials_record",
                "id, user_id, enrolment_id, course_id, version_number, holder_name, course_title, country,"
                        + " cohort_name, score, completed_at, issued_at, issuer, revoked_at, revocation_reason, version",
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        table("identity_audit_entry", "occurred_at, actor, action, target, detail", "(?, ?, ?, ?, ?)");
    }

    private static final int CHUNK = 500;

    private static void table(String name, String columns, String row) {
        TABLES.put(name, new String[] {"insert into " + name + " (" + columns + ")", row});
    }

    static List<String> tables() {
        return List.copyOf(TABLES.keySet());
    }

    private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();

    ScaleRows() {
        TABLES.keySet().forEach(table -> rows.put(table, new ArrayList<>()));
    }

    void add(String table, Object... values) {
        List<Object[]> list = rows.get(table);
        if (list == null) {
            throw new IllegalArgumentException("no table " + table);
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Instant instant) {
                values[i] = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
            }
        }
        list.add(values);
    }

    int count(String table) {
        return rows.get(table).size();
    }

    /** The number of rows waiting per table, forgetting them (a dry run). */
    Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        rows.forEach((table, list) -> {
            counts.put(table, list.size());
            list.clear();
        });
        return counts;
    }

    /**
     * Writes every row and forgets them, 500 rows per statement as {@code MultiRowInsert} does (which refuses
     * null values, and these rows have many); returns the number written per table.
     */
    Map<String, Integer> writeWith(JdbcTemplate jdbc) {
        Map<String, Integer> written = new LinkedHashMap<>();
        rows.forEach((table, list) -> {
            String[] statement = TABLES.get(table);
            int count = 0;
            for (int from = 0; from < list.size(); from += CHUNK) {
                List<Object[]> chunk = list.subList(from, Math.min(list.size(), from + CHUNK));
                StringBuilder sql = new StringBuilder(statement[0]).append(" values ");
                List<Object> parameters = new ArrayList<>(chunk.size() * chunk.getFirst().length);
                for (int i = 0; i < chunk.size(); i++) {
                    sql.append(i == 0 ? "" : ", ").append(statement[1]);
                    Collections.addAll(parameters, chunk.get(i));
                }
                count += jdbc.update(sql.toString(), parameters.toArray());
            }
            written.put(table, count);
            list.clear();
        });
        return written;
    }
}
