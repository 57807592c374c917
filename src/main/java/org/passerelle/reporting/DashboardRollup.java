package org.passerelle.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.passerelle.catalog.Catalog;
import org.passerelle.catalog.ModuleContent;
import org.passerelle.cohorts.CohortAdministration;
import org.passerelle.cohorts.CohortSummary;
import org.passerelle.credentials.HeldRecord;
import org.passerelle.credentials.RecordsOfPeople;
import org.passerelle.identity.UserAdministration;
import org.passerelle.identity.UserSummary;
import org.passerelle.learning.EnrolmentStatus;
import org.passerelle.learning.LearningFacts;
import org.passerelle.shared.database.MultiRowInsert;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the dashboard tables of one cohort from what the other modules know: its members, their
 * enrolments, module progress, quiz outcomes, answers per question and language, and activity per week. Run by
 * the platform (role SYSTEM); one transaction per cohort, so readers see the old numbers or the new ones.
 */
@Component
class DashboardRollup {

    /** Weeks of activity kept per cohort. */
    static final int WEEKS = 26;

    private final CohortAdministration cohorts;
    private final UserAdministration people;
    private final LearningFacts facts;
    private final RecordsOfPeople records;
    private final Catalog catalog;
    private final MultiRowInsert rows;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DashboardRollup(
            CohortAdministration cohorts,
            UserAdministration people,
            LearningFacts facts,
            RecordsOfPeople records,
            Catalog catalog,
            MultiRowInsert rows,
            JdbcTemplate jdbc,
            Clock clock) {
        this.cohorts = cohorts;
        this.people = people;
        this.facts = facts;
        this.records = records;
        this.catalog = catalog;
        this.rows = rows;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    void refresh(long cohortId) {
        for (String table : List.of("cohort", "learner", "module", "quiz", "question", "week")) {
            jdbc.update("delete from reporting_" + table + " where cohort_id = ?", cohortId);
        }
        CohortSummary cohort = cohorts.get(cohortId).orElse(null);
        if (cohort == null) {
            return;
        }
        Instant now = clock.instant();
        List<Long> members = cohorts.members(cohortId);
        Set<String> courses = new TreeSet<>(cohort.courseIds());
        Map<String, List<ModuleContent>> outlines = new HashMap<>();
        courses.forEach(course -> outlines.put(
                course, catalog.current(course).map(v -> v.content().modules()).orElse(List.of())));
        List<EnrolmentStatus> enrolments = facts.enrolments(members, courses);
        List<LearningFacts.QuizOutcome> quizzes = facts.quizzes(members, courses);
        Map<Long, String> recordStatus = new HashMap<>();
        for (HeldRecord held : records.of(members, courses)) {
            recordStatus.merge(
                    held.userId(), held.record().revoked() ? "REVOKED" : "VALID", (a, b) -> a.equals("VALID") ? a : b);
        }
        List<Object[]> learners =
                LearnerRows.of(cohortId, people.get(members), courses.size(), enrolments, quizzes, recordStatus);
        rows.insert(
                "insert into reporting_learner (cohort_id, user_id, name, username, progress, last_active_at, courses,"
                        + " courses_completed, best_score, best_scores, quizzes_failed_twice, record_status)",
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                learners);
        writeModules(cohortId, outlines, facts.modules(members, courses));
        writeQuizzes(cohortId, outlines, quizzes);
        rows.insert(
                "insert into reporting_question (cohort_id, course_id, quiz, question_id, language, answers, correct)",
                "(?, ?, ?, ?, ?, ?, ?)",
                facts.questions(members, courses).stream()
                        .map(t -> new Object[] {
                            cohortId, t.courseId(), t.quiz(), t.questionId(), t.language(), t.answers(), t.correct()
                        })
                        .toList());
        rows.insert(
                "insert into reporting_week (cohort_id, week_start, active, completions)",
                "(?, ?, ?, ?)",
                facts.weeks(members, courses, now.minus(Duration.ofDays(7L * (WEEKS - 1))), now).stream()
                        .map(w -> new Object[] {cohortId, w.weekStart(), w.activeLearners(), w.completions()})
                        .toList());
        long completed = learners.stream()
                .filter(row -> (int) row[7] == courses.size() && !courses.isEmpty())
                .count();
        BigDecimal average =
                average(learners.stream().map(row -> (BigDecimal) row[8]).toList());
        jdbc.update(
                "insert into reporting_cohort (cohort_id, country, name, starts_on, ends_on, learners, completed,"
                        + " avg_best_score, refreshed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                cohortId,
                cohort.country(),
                cohort.name(),
                cohort.startsOn(),
                cohort.endsOn(),
                members.size(),
                completed,
                average,
                LocalDateTime.ofInstant(now, ZoneOffset.UTC));
    }

    private void writeModules(
            long cohortId, Map<String, List<ModuleContent>> outlines, List<LearningFacts.ModuleState> states) {
        Map<String, int[]> counts = new HashMap<>();
        for (LearningFacts.ModuleState state : states) {
            int[] count = counts.computeIfAbsent(state.courseId() + "/" + state.module(), key -> new int[2]);
            count[0] += state.reached() ? 1 : 0;
            count[1] += state.completed() ? 1 : 0;
        }
        List<Object[]> values = new ArrayList<>();
        outlines.forEach((course, modules) -> {
            for (int i = 0; i < modules.size(); i++) {
                int[] count = counts.getOrDefault(course + "/" + modules.get(i).folder(), new int[2]);
                values.add(new Object[] {cohortId, course, i, modules.get(i).folder(), count[0], count[1]});
            }
        });
        rows.insert(
                "insert into reporting_module (cohort_id, course_id, position, module, reached, completed)",
                "(?, ?, ?, ?, ?, ?)",
                values);
    }

    private void writeQuizzes(
            long cohortId, Map<String, List<ModuleContent>> outlines, List<LearningFacts.QuizOutcome> outcomes) {
        List<Object[]> values = new ArrayList<>();
        outlines.forEach((course, modules) -> {
            for (int i = 0; i < modules.size(); i++) {
                if (modules.get(i).quiz() == null) {
                    continue;
                }
                String quiz = modules.get(i).folder();
                List<LearningFacts.QuizOutcome> of = outcomes.stream()
                        .filter(o -> o.courseId().equals(course) && o.quiz().equals(quiz))
                        .toList();
                int attempts = of.stream()
                        .mapToInt(LearningFacts.QuizOutcome::attempts)
                        .sum();
                int failed =
                        of.stream().mapToInt(LearningFacts.QuizOutcome::failed).sum();
                values.add(new Object[] {
                    cohortId,
                    course,
                    i,
                    quiz,
                    of.size(),
                    attempts,
                    attempts - failed,
                    average(of.stream().map(LearningFacts.QuizOutcome::best).toList())
                });
            }
        });
        rows.insert(
                "insert into reporting_quiz (cohort_id, course_id, position, quiz, learners, attempts, passed_attempts,"
                        + " avg_best_score)",
                "(?, ?, ?, ?, ?, ?, ?, ?)",
                values);
    }

    static @Nullable BigDecimal average(List<@Nullable BigDecimal> values) {
        List<BigDecimal> present = values.stream().filter(v -> v != null).toList();
        if (present.isEmpty()) {
            return null;
        }
        return present.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(present.size()), 2, RoundingMode.HALF_UP);
    }

    /** For the learner rows' own class: the display name of an account, or its username. */
    static String name(UserSummary person) {
        return person.displayName() == null || person.displayName().isBlank()
                ? person.username()
                : person.displayName();
    }
}
