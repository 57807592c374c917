package org.passerelle.learning;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.passerelle.catalog.Catalog;
import org.passerelle.shared.database.MultiRowInsert;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a group of learners did in some courses, summed for reports: how far each got in each module, their
 * quiz outcomes, how each question was answered per content language, and their activity week by week. Read by
 * the platform when it refreshes the dashboards; nothing here names anyone beyond their account id.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM')")
public class LearningFacts {

    /** One learner's state in one module of a course. */
    public record ModuleState(long userId, String courseId, String module, boolean reached, boolean completed) {}

    /** One learner's graded attempts at one quiz. */
    public record QuizOutcome(long userId, String courseId, String quiz, int attempts, BigDecimal best, int failed) {}

    /**
     * How one question was answered in one content language: the number of graded answers and the sum of their
     * fractions of the marks (the share answering correctly is {@code correct / answers}).
     */
    public record QuestionTally(
            String courseId, String quiz, String questionId, String language, long answers, BigDecimal correct) {}

    /** A week (starting on Monday, UTC): learners who did anything, and courses completed. */
    public record WeekActivity(LocalDate weekStart, int activeLearners, int completions) {}

    private final MultiRowInsert rows;
    private final JdbcTemplate jdbc;
    private final Catalog catalog;
    private final ProgressOverview overview;

    LearningFacts(MultiRowInsert rows, JdbcTemplate jdbc, Catalog catalog, ProgressOverview overview) {
        this.rows = rows;
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.overview = overview;
    }

    /** The learners who did anything since then. */
    @Transactional(readOnly = true)
    public List<Long> usersActiveSince(Instant since) {
        return jdbc.queryForList(
                "select distinct user_id from learning_enrolment where last_activity_at >= ?",
                Long.class,
                LocalDateTime.ofInstant(since, ZoneOffset.UTC));
    }

    @Transactional(readOnly = true)
    public List<EnrolmentStatus> enrolments(List<Long> userIds, Collection<String> courseIds) {
        return overview.of(userIds, courseIds);
    }

    @Transactional(readOnly = true)
    public List<ModuleState> modules(List<Long> userIds, Collection<String> courseIds) {
        record Row(long enrolment, long user, String course, long version) {}
        List<Row> enrolments = rows
                .queryIn(
                        "select id, user_id, course_id, version_id from learning_enrolment where user_id in (:in)",
                        userIds,
                        (r, n) -> new Row(r.getLong(1), r.getLong(2), r.getString(3), r.getLong(4)))
                .stream()
                .filter(row -> courseIds.contains(row.course()))
                .toList();
        Map<Long, Map<String, Integer>> done = new HashMap<>();
        Map<Long, Set<String>> reached = new HashMap<>();
        rows.queryIn(
                        "select enrolment_id, step, completed_at is not null from learning_lesson_progress"
                                + " where enrolment_id in (:in)",
                        enrolments.stream().map(Row::enrolment).toList(),
                        (r, n) -> new Object[] {r.getLong(1), r.getString(2), r.getBoolean(3)})
                .forEach(row -> {
                    long enrolment = (Long) row[0];
                    String module = moduleOf((String) row[1]);
                    reached.computeIfAbsent(enrolment, e -> new HashSet<>()).add(module);
                    if ((Boolean) row[2]) {
                        done.computeIfAbsent(enrolment, e -> new HashMap<>()).merge(module, 1, Integer::sum);
                    }
                });
        // A quiz step is done when an attempt passed it (as ProgressState counts it); any attempt reaches it.
        rows.queryIn(
                        "select enrolment_id, quiz, max(case when passed then 1 else 0 end) from learning_attempt"
                                + " where enrolment_id in (:in) and submitted_at is not null group by enrolment_id, quiz",
                        enrolments.stream().map(Row::enrolment).toList(),
                        (r, n) -> new Object[] {r.getLong(1), r.getString(2), r.getInt(3) == 1})
                .forEach(row -> {
                    long enrolment = (Long) row[0];
                    reached.computeIfAbsent(enrolment, e -> new HashSet<>()).add((String) row[1]);
                    if ((Boolean) row[2]) {
                        done.computeIfAbsent(enrolment, e -> new HashMap<>()).merge((String) row[1], 1, Integer::sum);
                    }
                });
        Map<Long, Map<String, Integer>> stepsPerModule = new HashMap<>();
        List<ModuleState> states = new ArrayList<>();
        for (Row enrolment : enrolments) {
            Map<String, Integer> steps = stepsPerModule.computeIfAbsent(enrolment.version(), this::stepsPerModule);
            for (Map.Entry<String, Integer> module : steps.entrySet()) {
                boolean started =
                        reached.getOrDefault(enrolment.enrolment(), Set.of()).contains(module.getKey());
                int completed =
                        done.getOrDefault(enrolment.enrolment(), Map.of()).getOrDefault(module.getKey(), 0);
                states.add(new ModuleState(
                        enrolment.user(),
                        enrolment.course(),
                        module.getKey(),
                        started,
                        completed >= module.getValue()));
            }
        }
        return states;
    }

    @Transactional(readOnly = true)
    public List<QuizOutcome> quizzes(List<Long> userIds, Collection<String> courseIds) {
        return rows
                .queryIn(
                        "select a.user_id, e.course_id, a.quiz, count(*), max(a.score),"
                                + " sum(case when a.passed then 0 else 1 end)"
                                + " from learning_attempt a join learning_enrolment e on e.id = a.enrolment_id"
                                + " where a.submitted_at is not null and a.user_id in (:in)"
                                + " group by a.user_id, e.course_id, a.quiz",
                        userIds,
                        (r, n) -> new QuizOutcome(
                                r.getLong(1),
                                r.getString(2),
                                r.getString(3),
                                r.getInt(4),
                                r.getBigDecimal(5),
                                r.getInt(6)))
                .stream()
                .filter(outcome -> courseIds.contains(outcome.courseId()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<QuestionTally> questions(List<Long> userIds, Collection<String> courseIds) {
        Map<List<String>, long[]> answers = new HashMap<>();
        Map<List<String>, BigDecimal> correct = new HashMap<>();
        rows
                .queryIn(
                        "select e.course_id, a.quiz, q.question_id, a.language, count(*), sum(q.fraction)"
                                + " from learning_answer q join learning_attempt a on a.id = q.attempt_id"
                                + " join learning_enrolment e on e.id = a.enrolment_id"
                                + " where a.submitted_at is not null and q.fraction is not null and a.user_id in (:in)"
                                + " group by e.course_id, a.quiz, q.question_id, a.language",
                        userIds,
                        (r, n) -> new QuestionTally(
                                r.getString(1),
                                r.getString(2),
                                r.getString(3),
                                r.getString(4),
                                r.getLong(5),
                                r.getBigDecimal(6)))
                .stream()
                .filter(tally -> courseIds.contains(tally.courseId()))
                .forEach(tally -> {
                    List<String> key = List.of(tally.courseId(), tally.quiz(), tally.questionId(), tally.language());
                    answers.computeIfAbsent(key, k -> new long[1])[0] += tally.answers();
                    correct.merge(key, tally.correct(), BigDecimal::add);
                });
        List<QuestionTally> tallies = new ArrayList<>();
        answers.forEach((key, count) -> tallies.add(
                new QuestionTally(key.get(0), key.get(1), key.get(2), key.get(3), count[0], correct.get(key))));
        return tallies;
    }

    /** Weeks from the one containing {@code from} to the current one, each with its numbers (zeros included). */
    @Transactional(readOnly = true)
    public List<WeekActivity> weeks(List<Long> userIds, Collection<String> courseIds, Instant from, Instant to) {
        LocalDate first = monday(from);
        Map<LocalDate, Set<Long>> active = new TreeMap<>();
        Map<LocalDate, Integer> completions = new TreeMap<>();
        for (LocalDate week = first; !week.isAfter(monday(to)); week = week.plusWeeks(1)) {
            active.put(week, new HashSet<>());
            completions.put(week, 0);
        }
        if (courseIds.isEmpty()) {
            return List.of();
        }
        LocalDateTime since = first.atStartOfDay();
        rows
                .queryIn(
                        "select e.user_id, e.course_id, p.started_at, p.completed_at from learning_lesson_progress p"
                                + " join learning_enrolment e on e.id = p.enrolment_id"
                                + " where e.user_id in (:in) and (p.started_at >= ? or p.completed_at >= ?)",
                        userIds,
                        (r, n) -> new Object[] {r.getLong(1), r.getString(2), utc(r, 3), utc(r, 4)},
                        since,
                        since)
                .stream()
                .filter(row -> courseIds.contains((String) row[1]))
                .forEach(row -> {
                    for (int i = 2; i <= 3; i++) {
                        if (row[i] != null) {
                            Set<Long> week = active.get(monday((Instant) row[i]));
                            if (week != null) {
                                week.add((Long) row[0]);
                            }
                        }
                    }
                });
        rows
                .queryIn(
                        "select course_id, completed_at from learning_enrolment where user_id in (:in)"
                                + " and completed_at >= ?",
                        userIds,
                        (r, n) -> new Object[] {r.getString(1), utc(r, 2)},
                        since)
                .stream()
                .filter(row -> courseIds.contains((String) row[0]))
                .forEach(row -> completions.computeIfPresent(monday((Instant) row[1]), (week, count) -> count + 1));
        List<WeekActivity> weeks = new ArrayList<>();
        active.forEach((week, learners) -> weeks.add(new WeekActivity(week, learners.size(), completions.get(week))));
        return weeks;
    }

    private Map<String, Integer> stepsPerModule(long versionId) {
        Map<String, Integer> steps = new LinkedHashMap<>();
        catalog.version(versionId)
                .map(version -> CoursePath.of(version.content()))
                .ifPresent(path -> path.steps().forEach(step -> steps.merge(step.module(), 1, Integer::sum)));
        return steps;
    }

    /** A stored time (UTC, as Hibernate writes them) as an instant, whatever the JVM's zone. */
    private static @Nullable Instant utc(ResultSet row, int column) throws SQLException {
        LocalDateTime time = row.getObject(column, LocalDateTime.class);
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }

    static String moduleOf(String step) {
        int end = step.indexOf('/');
        if (end < 0) {
            end = step.indexOf('#');
        }
        return end < 0 ? step : step.substring(0, end);
    }

    static LocalDate monday(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
