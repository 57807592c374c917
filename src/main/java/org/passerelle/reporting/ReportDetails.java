package org.passerelle.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.passerelle.assessment.GiftQuestion;
import org.passerelle.catalog.Catalog;
import org.passerelle.catalog.CourseContent;
import org.passerelle.catalog.ModuleContent;
import org.passerelle.catalog.PublishedVersion;
import org.passerelle.shared.Language;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The funnel, quizzes and weeks of a cohort the caller may see, named in the reader's language. */
@Component
class ReportDetails {

    private final JdbcTemplate jdbc;
    private final Catalog catalog;

    ReportDetails(JdbcTemplate jdbc, Catalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    CohortReport of(CohortOverview overview, Language reader) {
        long id = overview.cohortId();
        Map<String, Optional<CourseContent>> courses = new HashMap<>();
        List<CohortReport.Stage> funnel = jdbc.query(
                "select course_id, position, module, reached, completed from reporting_module where cohort_id = ?"
                        + " order by course_id, position",
                (row, n) -> {
                    Optional<CourseContent> course = course(courses, row.getString(1));
                    return new CohortReport.Stage(
                            title(course, reader, row.getString(1)),
                            module(course, row.getInt(2), reader).orElse(row.getString(3)),
                            row.getInt(4),
                            row.getInt(5));
                },
                id);
        Map<String, List<CohortReport.Question>> questions = questions(id, courses, reader);
        List<CohortReport.Quiz> quizzes = jdbc.query(
                "select course_id, position, quiz, learners, attempts, passed_attempts, avg_best_score"
                        + " from reporting_quiz where cohort_id = ? order by course_id, position",
                (row, n) -> {
                    Optional<CourseContent> course = course(courses, row.getString(1));
                    return new CohortReport.Quiz(
                            title(course, reader, row.getString(1)),
                            module(course, row.getInt(2), reader).orElse(row.getString(3)),
                            row.getInt(4),
                            row.getInt(5),
                            row.getInt(6),
                            row.getBigDecimal(7),
                            questions.getOrDefault(row.getString(1) + "/" + row.getString(3), List.of()));
                },
                id);
        List<CohortReport.Week> weeks = jdbc.query(
                "select week_start, active, completions from reporting_week where cohort_id = ? order by week_start",
                (row, n) -> new CohortReport.Week(row.getObject(1, LocalDate.class), row.getInt(2), row.getInt(3)),
                id);
        return new CohortReport(overview, funnel, quizzes, cohortWeeks(weeks, overview.startsOn()));
    }

    /**
     * The weeks that belong to the cohort: from the week it starts, or an earlier week if someone was already
     * active then, to the current week. The rollup keeps half a year of weeks; a cohort a month old would
     * otherwise show five months of empty weeks before its first bar. A cohort that has not started yet keeps
     * the current week, so its chart can say that nothing happened.
     */
    static List<CohortReport.Week> cohortWeeks(List<CohortReport.Week> stored, @Nullable LocalDate startsOn) {
        if (stored.isEmpty()) {
            return stored;
        }
        LocalDate from = startsOn == null ? stored.getFirst().start() : startsOn.with(DayOfWeek.MONDAY);
        for (CohortReport.Week week : stored) {
            if (week.active() > 0 || week.completions() > 0) {
                if (week.start().isBefore(from)) {
                    from = week.start();
                }
                break;
            }
        }
        LocalDate first = from;
        List<CohortReport.Week> kept =
                stored.stream().filter(week -> !week.start().isBefore(first)).toList();
        return kept.isEmpty() ? List.of(stored.getLast()) : kept;
    }

    private Map<String, List<CohortReport.Question>> questions(
            long id, Map<String, Optional<CourseContent>> courses, Language reader) {
        Map<String, List<CohortReport.Question>> byQuiz = new HashMap<>();
        jdbc.query(
                "select course_id, quiz, question_id, sum(answers), sum(correct) from reporting_question"
                        + " where cohort_id = ? group by course_id, quiz, question_id order by course_id, quiz,"
                        + " question_id",
                row -> {
                    long answers = row.getLong(4);
                    String quiz = row.getString(2);
                    String question = row.getString(3);
                    byQuiz.computeIfAbsent(row.getString(1) + "/" + quiz, key -> new ArrayList<>())
                            .add(new CohortReport.Question(
                                    question,
                                    text(course(courses, row.getString(1)), quiz, question, reader),
                                    answers,
                                    answers == 0 ? 0 : row.getBigDecimal(5).doubleValue() / answers));
                },
                id);
        return byQuiz;
    }

    private Optional<CourseContent> course(Map<String, Optional<CourseContent>> courses, String id) {
        return courses.computeIfAbsent(id, key -> catalog.current(key).map(PublishedVersion::content));
    }

    static String title(Optional<CourseContent> course, Language reader, String otherwise) {
        return course.map(c -> c.title().getOrDefault(reader, c.title().get(c.defaultLanguage())))
                .orElse(otherwise);
    }

    private static Optional<String> module(Optional<CourseContent> course, int position, Language reader) {
        return course.filter(c -> position < c.modules().size()).map(c -> {
            ModuleContent module = c.modules().get(position);
            return module.title().getOrDefault(reader, module.title().get(c.defaultLanguage()));
        });
    }

    /** The title of the module a quiz belongs to (its folder), in the reader's language. */
    static String quizTitle(Optional<CourseContent> course, String quiz, Language reader) {
        return course.flatMap(c -> c.modules().stream()
                        .filter(m -> m.folder().equals(quiz))
                        .findFirst()
                        .map(m -> m.title().getOrDefault(reader, m.title().get(c.defaultLanguage()))))
                .orElse(quiz);
    }

    /** A question's text in the reader's language (else the course's), as plain text of at most 140 characters. */
    static String text(Optional<CourseContent> course, String quiz, String question, Language reader) {
        return course.flatMap(c -> c.modules().stream()
                        .filter(m -> m.folder().equals(quiz) && m.quiz() != null)
                        .findFirst()
                        .flatMap(m -> find(m.quiz().questions().get(reader), question)
                                .or(() -> find(m.quiz().questions().get(c.defaultLanguage()), question))))
                .map(GiftQuestion::text)
                .map(text -> text.replaceAll("[*_`#>\\[\\]]", "")
                        .replaceAll("\\s+", " ")
                        .strip())
                .map(text -> text.length() > 140 ? text.substring(0, 139) + "…" : text)
                .orElse(question);
    }

    private static Optional<GiftQuestion> find(List<GiftQuestion> questions, String id) {
        return questions == null
                ? Optional.empty()
                : questions.stream().filter(q -> id.equals(q.title())).findFirst();
    }
}
