package org.passerelle.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.passerelle.shared.CsvExport;
import org.passerelle.shared.Language;
import org.passerelle.shared.SpreadsheetText;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A cohort's report as files, in the reader's language: CSV (its learners) and XLSX (summary, funnel, quizzes,
 * questions and learners, one sheet each). Same scope as the dashboard: another country's cohort has no file.
 */
@Service
@PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
public class ReportExports {

    private final Dashboards dashboards;
    private final CohortLearners learners;

    ReportExports(Dashboards dashboards, CohortLearners learners) {
        this.dashboards = dashboards;
        this.learners = learners;
    }

    /** @param words the reader's text for a message key */
    public Optional<byte[]> csv(long cohortId, Language reader, Function<String, String> words) {
        return dashboards.cohort(cohortId, reader).map(report -> {
            CsvExport csv = new CsvExport().row(learnerHeadings(words));
            learnerRows(cohortId, words).forEach(csv::row);
            return csv.bytes();
        });
    }

    public Optional<byte[]> xlsx(long cohortId, Language reader, Function<String, String> words) {
        return dashboards.cohort(cohortId, reader).map(report -> {
            try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
                CohortOverview o = report.overview();
                sheet(
                        book,
                        words.apply("dashboard.sheet.summary"),
                        List.of(
                                List.of(words.apply("dashboard.cohort"), o.name()),
                                List.of(words.apply("cohort.country"), o.country()),
                                List.of(words.apply("dashboard.enrolled"), o.learners()),
                                List.of(words.apply("dashboard.active-7"), o.activeLastWeek()),
                                List.of(words.apply("dashboard.completed"), o.completed()),
                                List.of(words.apply("dashboard.completion-rate"), o.completionRate()),
                                Arrays.asList(words.apply("dashboard.average-best"), o.averageBestScore())));
                List<List<Object>> funnel = new ArrayList<>();
                funnel.add(List.of(
                        words.apply("roster.column.course"),
                        words.apply("dashboard.module"),
                        words.apply("dashboard.reached"),
                        words.apply("dashboard.module-completed")));
                report.funnel()
                        .forEach(
                                s -> funnel.add(List.of(s.courseTitle(), s.moduleTitle(), s.reached(), s.completed())));
                sheet(book, words.apply("dashboard.funnel"), funnel);
                List<List<Object>> quizzes = new ArrayList<>();
                quizzes.add(List.of(
                        words.apply("roster.column.course"),
                        words.apply("dashboard.quiz"),
                        words.apply("dashboard.quiz-learners"),
                        words.apply("dashboard.attempts"),
                        words.apply("dashboard.pass-rate"),
                        words.apply("dashboard.average-best")));
                List<List<Object>> questions = new ArrayList<>();
                questions.add(List.of(
                        words.apply("dashboard.quiz"),
                        words.apply("items.question"),
                        words.apply("dashboard.answers"),
                        words.apply("dashboard.share-correct")));
                for (CohortReport.Quiz q : report.quizzes()) {
                    quizzes.add(Arrays.asList(
                            q.courseTitle(),
                            q.title(),
                            q.learners(),
                            q.attempts(),
                            q.passRate(),
                            q.averageBestScore()));
                    q.questions()
                            .forEach(question -> questions.add(List.of(
                                    q.title(),
                                    question.text(),
                                    question.answers(),
                                    Math.round(question.shareCorrect() * 1000) / 10.0)));
                }
                sheet(book, words.apply("dashboard.quizzes"), quizzes);
                sheet(book, words.apply("dashboard.questions"), questions);
                List<List<Object>> people = new ArrayList<>();
                people.add(new ArrayList<>(learnerHeadings(words)));
                people.addAll(learnerRows(cohortId, words));
                sheet(book, words.apply("dashboard.learners"), people);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                book.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static List<String> learnerHeadings(Function<String, String> words) {
        return List.of(
                words.apply("roster.column.name"),
                words.apply("roster.column.username"),
                words.apply("dashboard.progress"),
                words.apply("roster.column.last-active"),
                words.apply("dashboard.best-scores"),
                words.apply("dashboard.best-per-quiz"),
                words.apply("dashboard.failed-twice"),
                words.apply("roster.column.record-state"));
    }

    private List<List<Object>> learnerRows(long cohortId, Function<String, String> words) {
        List<List<Object>> rows = new ArrayList<>();
        for (int offset = 0; ; offset += 500) {
            List<LearnerRow> page =
                    learners.page(cohortId, new LearnerQuery("", LearnerQuery.Order.NAME, false, offset, 500));
            for (LearnerRow r : page) {
                // Numbers as numbers (progress, best score, failures); the rest is text, neutralised where written.
                rows.add(Arrays.asList(
                        r.name(),
                        r.username(),
                        r.progress(),
                        RosterFiles.day(r.lastActiveAt()),
                        r.bestScore(),
                        r.bestScores(),
                        r.quizzesFailedTwice(),
                        words.apply(r.recordKey())));
            }
            if (page.size() < 500) {
                return rows;
            }
        }
    }

    private static void sheet(SXSSFWorkbook book, String name, List<? extends List<?>> rows) {
        Sheet sheet =
                book.createSheet(name.replaceAll("[:\\\\/?*\\[\\]]", " ").substring(0, Math.min(31, name.length())));
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<?> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                if (value instanceof Number number) {
                    row.createCell(c).setCellValue(number.doubleValue());
                } else if (value != null) {
                    SpreadsheetText.inXlsx(row, c, value.toString());
                }
            }
        }
        if (!rows.isEmpty()) {
            sheet.createFreezePane(0, 1);
        }
    }
}
