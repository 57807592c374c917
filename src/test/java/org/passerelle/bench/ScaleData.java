package org.passerelle.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database with the scale data set, one country per transaction: a reviewer, two cohorts of
 * 1,250 learners, their enrolments with realistic progress, quiz attempts with answers, and the completion
 * records of those who finished, with activity until {@code now}. Deterministic for a given seed and day; a country already there is skipped,
 * so an interrupted run can simply be started again.
 */
final class ScaleData {

    static final long SEED = 20_261_128L;
    static final int LEARNERS_PER_COUNTRY = 2_500;

    /** Every learner's and reviewer's password: the demo password, so the README's sign-in works for them too. */
    static final String PASSWORD = "demo-passerelle";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ScaleCountryWriter writer;

    ScaleData(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            List<ScaleCourse> courses,
            String passwordHash,
            String issuer,
            Instant now) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        Long admin = jdbc.query(
                "select id from identity_user where username = 'admin'", rs -> rs.next() ? rs.getLong(1) : null);
        AnswerOdds odds = new AnswerOdds(SEED);
        this.writer = new ScaleCountryWriter(courses, passwordHash, issuer, now, admin, new QuizTaking(odds));
    }

    /** Generates the first countries that are not there yet; returns the rows written per table. */
    Map<String, Long> generate(int countryCount, boolean dryRun) {
        Map<String, Long> written = new LinkedHashMap<>();
        ScaleRows.tables().forEach(table -> written.put(table, 0L));
        List<ScaleCountry> countries = ScaleCountry.ALL.subList(0, Math.min(countryCount, ScaleCountry.ALL.size()));
        for (int index = 0; index < countries.size(); index++) {
            ScaleCountry country = countries.get(index);
            if (!dryRun && present(country)) {
                System.out.printf("SCALE %s already there, skipped%n", country.code());
                continue;
            }
            long started = System.nanoTime();
            Random random = new Random(SEED * 1_000 + index);
            Map<String, Integer> counts = dryRun
                    ? writer.country(country, random, ids(true)).counts()
                    : transactions.execute(status ->
                            writer.country(country, random, ids(false)).writeWith(jdbc));
            counts.forEach((table, count) -> written.merge(table, (long) count, Long::sum));
            System.out.printf(
                    "SCALE %s %s: %,d rows in %d ms%n",
                    dryRun ? "simulated" : "written",
                    country.code(),
                    counts.values().stream().mapToLong(Integer::longValue).sum(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        return written;
    }

    /** True when the country's learners are there (each country is written in one transaction). */
    boolean present(ScaleCountry country) {
        Integer found = jdbc.queryForObject(
                "select count(*) from identity_user where username = ?",
                Integer.class,
                ScaleCountryWriter.username(country, LEARNERS_PER_COUNTRY));
        return found != null && found > 0;
    }

    /** The next free id of each table with generated ids: rows are written with explicit ids. */
    private ScaleCountryWriter.Ids ids(boolean dryRun) {
        return new ScaleCountryWriter.Ids(
                next(dryRun, "identity_user"),
                next(dryRun, "cohorts_cohort"),
                next(dryRun, "learning_enrolment"),
                next(dryRun, "learning_attempt"),
                dryRun ? (name -> null) : this::userId);
    }

    private AtomicLong next(boolean dryRun, String table) {
        Long max = dryRun ? null : jdbc.queryForObject("select max(id) from " + table, Long.class);
        return new AtomicLong(max == null ? 1 : max + 1);
    }

    private Long userId(String username) {
        return jdbc.query(
                "select id from identity_user where username = ?", rs -> rs.next() ? rs.getLong(1) : null, username);
    }

    static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
}
