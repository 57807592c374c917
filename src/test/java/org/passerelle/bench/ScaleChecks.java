package org.passerelle.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Checks that the generated data hangs together as the platform would have written it, and prints the shape
 * of the progress funnel and the gaps planted for the item analysis.
 */
final class ScaleChecks {

    private final JdbcTemplate jdbc;

    /** The moment the data was generated for: activity is measured from it. */
    private final LocalDateTime now;

    ScaleChecks(JdbcTemplate jdbc, Instant now) {
        this.jdbc = jdbc;
        this.now = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    void verify() {
        long started = System.nanoTime();
        none("progress rows without their enrolment", """
                select count(*) from learning_lesson_progress p
                left join learning_enrolment e on e.id = p.enrolment_id where e.id is null""");
        none("enrolments whose steps done differ from completed lessons + passed quizzes", """
                select count(*) from learning_enrolment e
                where e.steps_done <> (select count(*) from learning_lesson_progress p
                                       where p.enrolment_id = e.id and p.completed_at is not null)
                                    + (select count(distinct a.quiz) from learning_attempt a
                                       where a.enrolment_id = e.id and a.passed)""");
        none("completed enrolments with a step left", """
                select count(*) from learning_enrolment
                where (completed_at is null) <> (steps_done < steps_total)
                   or (completed_at is null) <> (next_step is not null)""");
        none("completed enrolments without a record", """
                select count(*) from learning_enrolment e where e.completed_at is not null and not exists (
                    select 1 from credentials_record r
                    where r.user_id = e.user_id and r.course_id = e.course_id and r.version_number = e.version_number)""");
        none("records of enrolments not completed", """
                select count(*) from credentials_record r
                join learning_enrolment e on e.id = r.enrolment_id where e.completed_at is null""");
        none("attempts not graded, or submitted before they started", """
                select count(*) from learning_attempt
                where open_flag is not null or submitted_at is null or score is null or submitted_at < started_at
                   or (deadline_at is not null and submitted_at > deadline_at)""");
        none("attempts whose score is not the mean of their answers' fractions", """
                select count(*) from learning_attempt a
                join (select attempt_id, sum(fraction) total, count(*) answers from learning_answer group by attempt_id) x
                  on x.attempt_id = a.id
                where a.score <> round(x.total * 100 / x.answers, 2)""");
        none("learners' activity after now or before their enrolment", """
                select count(*) from learning_enrolment
                where last_activity_at < enrolled_at or last_activity_at > utc_timestamp(6)""");
        none("cohort members not in their cohort's country", """
                select count(*) from cohorts_member m join cohorts_cohort c on c.id = m.cohort_id
                join identity_user u on u.id = m.user_id where u.country <> c.country""");
        System.out.printf("SCALE checks passed in %d s%n", (System.nanoTime() - started) / 1_000_000_000);
        funnel();
        gaps();
    }

    private void none(String what, String sql) {
        Long found = jdbc.queryForObject(sql, Long.class);
        System.out.printf("SCALE check: %-78s %d%n", what, found);
        assertThat(found).as(what).isZero();
    }

    private void funnel() {
        jdbc.query(
                """
                select course_id, count(*) enrolments, sum(not started) never_started,
                       sum(started and completed_at is null and last_activity_at >= ? - interval 14 day) active,
                       sum(started and completed_at is null and last_activity_at < ? - interval 14 day) at_risk,
                       sum(completed_at is not null) completed
                from (select e.*, exists (select 1 from learning_lesson_progress p where p.enrolment_id = e.id) started
                      from learning_enrolment e) x
                group by course_id order by course_id""",
                row -> {
                    long all = row.getLong("enrolments");
                    System.out.printf(
                            "SCALE funnel %-26s %,8d enrolments: never started %4.1f %%, in progress and active in the last"
                                    + " two weeks %4.1f %%, in progress but quiet for two weeks or more %4.1f %%,"
                                    + " completed %4.1f %%%n",
                            row.getString("course_id"),
                            all,
                            100.0 * row.getLong("never_started") / all,
                            100.0 * row.getLong("active") / all,
                            100.0 * row.getLong("at_risk") / all,
                            100.0 * row.getLong("completed") / all);
                },
                now,
                now);
        jdbc.query("""
                select course_id, substring_index(next_step, '/', 1) module, count(*) stopped
                from learning_enrolment where completed_at is null and steps_done > 0
                group by course_id, substring_index(next_step, '/', 1) order by course_id, module""", row -> {
            System.out.printf(
                    "SCALE funnel %-26s next step in %-40s %,7d%n",
                    row.getString("course_id"), row.getString("module"), row.getLong("stopped"));
        });
        Map<String, Object> retries = jdbc.queryForMap("""
                select count(*) attempts, sum(number = 1 and not passed) failed_first,
                       count(distinct case when number = 2 and not passed then concat(enrolment_id, quiz) end) failed_twice
                from learning_attempt""");
        System.out.printf("SCALE attempts %s%n", retries);
    }

    /** The share of fully right answers to the two planted questions, in the groups that should differ. */
    private void gaps() {
        jdbc.query(
                """
                select e.course_id, a.quiz, w.question_id, avg(w.fraction = 1) right_share, count(*) answers
                from learning_answer w join learning_attempt a on a.id = w.attempt_id
                join learning_enrolment e on e.id = a.enrolment_id
                where e.course_id = ? group by e.course_id, a.quiz, w.question_id order by right_share limit 5""",
                row -> {
                    System.out.printf(
                            "SCALE hardest questions of %s: %s/%s %.1f %% right (%,d answers)%n",
                            row.getString("course_id"),
                            row.getString("quiz"),
                            row.getString("question_id"),
                            100 * row.getDouble("right_share"),
                            row.getLong("answers"));
                },
                AnswerOdds.FLAGSHIP);
        jdbc.query(
                """
                select a.language, avg(w.fraction = 1) right_share, count(*) answers
                from learning_answer w join learning_attempt a on a.id = w.attempt_id
                join learning_enrolment e on e.id = a.enrolment_id
                where e.course_id = ? and a.quiz = ? and w.question_id = ?
                group by a.language order by a.language""",
                row -> {
                    System.out.printf(
                            "SCALE gap %s/%s in %s: %.1f %% right (%,d answers)%n",
                            AnswerOdds.FRENCH_GAP_QUIZ,
                            AnswerOdds.FRENCH_GAP_QUESTION,
                            row.getString("language"),
                            100 * row.getDouble("right_share"),
                            row.getLong("answers"));
                },
                AnswerOdds.FLAGSHIP,
                AnswerOdds.FRENCH_GAP_QUIZ,
                AnswerOdds.FRENCH_GAP_QUESTION);
        jdbc.query(
                """
                select u.country = ? in_country, avg(w.fraction = 1) right_share, count(*) answers
                from learning_answer w join learning_attempt a on a.id = w.attempt_id
                join learning_enrolment e on e.id = a.enrolment_id join identity_user u on u.id = a.user_id
                where e.course_id = ? and a.quiz = ? and w.question_id = ?
                group by u.country = ?""",
                row -> {
                    System.out.printf(
                            "SCALE gap %s/%s %s %s: %.1f %% right (%,d answers)%n",
                            AnswerOdds.COUNTRY_GAP_QUIZ,
                            AnswerOdds.COUNTRY_GAP_QUESTION,
                            row.getBoolean("in_country") ? "in" : "outside",
                            AnswerOdds.COUNTRY_GAP_COUNTRY,
                            100 * row.getDouble("right_share"),
                            row.getLong("answers"));
                },
                AnswerOdds.COUNTRY_GAP_COUNTRY,
                AnswerOdds.FLAGSHIP,
                AnswerOdds.COUNTRY_GAP_QUIZ,
                AnswerOdds.COUNTRY_GAP_QUESTION,
                AnswerOdds.COUNTRY_GAP_COUNTRY);
    }
}
