package org.passerelle.shared.database;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Writes many rows of one table with few statements: {@code insert … values (…), (…), …} in chunks. For
 * bulk work (thousands of accounts, memberships, enrolments in one transaction) where one statement per row
 * would cost seconds. Runs in the caller's transaction.
 */
@Component
public class MultiRowInsert {

    /** Rows per statement: well under the server's packet and placeholder limits. */
    static final int CHUNK = 500;

    private final JdbcTemplate jdbc;

    MultiRowInsert(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param head the statement up to {@code values}, e.g. {@code insert ignore into t (a, b)}
     * @param row one row's value list with placeholders, e.g. {@code (?, ?, 0)}
     * @param rows the parameters of each row, as many as {@code row} has placeholders
     * @return the number of rows the database reports written
     */
    public int insert(String head, String row, List<Object[]> rows) {
        int written = 0;
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            StringBuilder sql = new StringBuilder(head.length() + chunk.size() * (row.length() + 2));
            sql.append(head).append(" values ");
            List<Object> parameters = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(row);
                parameters.addAll(Arrays.asList(chunk.get(i)));
            }
            written += jdbc.update(sql.toString(), parameters.toArray());
        }
        return written;
    }

    /**
     * Runs a query whose {@code in (:in)} list is filled from the values, in chunks, and joins the results.
     *
     * @param after the values of the placeholders that follow the list
     */
    public <T> List<T> queryIn(String sqlWithIn, List<?> values, RowMapper<T> mapper, Object... after) {
        List<T> found = new ArrayList<>();
        for (int from = 0; from < values.size(); from += CHUNK) {
            List<?> chunk = values.subList(from, Math.min(values.size(), from + CHUNK));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            List<Object> parameters = new ArrayList<>(chunk);
            parameters.addAll(Arrays.asList(after));
            found.addAll(jdbc.query(sqlWithIn.replace("(:in)", "(" + marks + ")"), mapper, parameters.toArray()));
        }
        return found;
    }
}
