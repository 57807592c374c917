package org.passerelle.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passerelle.catalog.Catalog;
import org.passerelle.catalog.CourseContent;
import org.passerelle.catalog.PublishedVersion;
import org.passerelle.shared.Language;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questions that one content language or one country answers far worse (or better) than the rest. A group is
 * flagged when its share of the marks differs from everyone else's by {@value #GAP} or more, both sides have at
 * least {@value #MIN_ANSWERS} graded answers, and the difference is unlikely to be chance: a two-proportion z of
 * at least {@value #MIN_Z} (with many questions and groups, weaker evidence would flag noise). Reviewers see
 * languages within their own country; administrators see languages and countries across all.
 */
@Service
@PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
public class ItemAnalysis {

    static final double GAP = 0.20;
    static final int MIN_ANSWERS = 30;
    static final double MIN_Z = 3.0;

    private final JdbcTemplate jdbc;
    private final ReviewerScope scope;
    private final Catalog catalog;

    ItemAnalysis(JdbcTemplate jdbc, ReviewerScope scope, Catalog catalog) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.catalog = catalog;
    }

    @Transactional(readOnly = true)
    public List<ItemFlag> flags(Language reader) {
        ReviewerScope.Allowed allowed = scope.current();
        if (!allowed.everyCountry() && allowed.country() == null) {
            return List.of();
        }
        String where = allowed.everyCountry() ? "" : " where c.country = ?";
        Object[] parameters = allowed.everyCountry() ? new Object[0] : new Object[] {allowed.country()};
        List<ItemFlag> flags = new ArrayList<>(flagged("LANGUAGE", "q.language", where, parameters, reader));
        if (allowed.everyCountry()) {
            flags.addAll(flagged("COUNTRY", "c.country", where, parameters, reader));
        }
        flags.sort(Comparator.comparingInt((ItemFlag flag) -> Math.abs(flag.gapPoints()))
                .reversed());
        return flags;
    }

    private List<ItemFlag> flagged(String dimension, String group, String where, Object[] parameters, Language reader) {
        record Tally(String course, String quiz, String question, String group, long answers, double correct) {}
        List<Tally> tallies = jdbc.query(
                "select q.course_id, q.quiz, q.question_id, " + group + ", sum(q.answers), sum(q.correct)"
                        + " from reporting_question q join reporting_cohort c on c.cohort_id = q.cohort_id" + where
                        + " group by q.course_id, q.quiz, q.question_id, " + group,
                (row, n) -> new Tally(
                        row.getString(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getLong(5),
                        row.getBigDecimal(6).doubleValue()),
                parameters);
        Map<String, List<Tally>> byQuestion = new LinkedHashMap<>();
        tallies.forEach(t -> byQuestion
                .computeIfAbsent(t.course() + "/" + t.quiz() + "/" + t.question(), k -> new ArrayList<>())
                .add(t));
        Map<String, Optional<CourseContent>> courses = new HashMap<>();
        List<ItemFlag> flags = new ArrayList<>();
        for (List<Tally> groups : byQuestion.values()) {
            long answers = groups.stream().mapToLong(Tally::answers).sum();
            double correct = groups.stream().mapToDouble(Tally::correct).sum();
            for (Tally tally : groups) {
                long others = answers - tally.answers();
                if (tally.answers() < MIN_ANSWERS || others < MIN_ANSWERS) {
                    continue;
                }
                double share = tally.correct() / tally.answers();
                double othersShare = (correct - tally.correct()) / others;
                if (Math.abs(share - othersShare) >= GAP
                        && Math.abs(z(tally.answers(), share, others, othersShare)) >= MIN_Z) {
                    Optional<CourseContent> course = courses.computeIfAbsent(
                            tally.course(), id -> catalog.current(id).map(PublishedVersion::content));
                    flags.add(new ItemFlag(
                            ReportDetails.title(course, reader, tally.course()),
                            ReportDetails.quizTitle(course, tally.quiz(), reader),
                            tally.question(),
                            ReportDetails.text(course, tally.quiz(), tally.question(), reader),
                            dimension,
                            tally.group(),
                            tally.answers(),
                            share,
                            others,
                            othersShare));
                }
            }
        }
        return flags;
    }

    /** The two-proportion z statistic with a pooled share. */
    static double z(long n1, double p1, long n2, double p2) {
        double pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
        double error = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        return error == 0 ? 0 : (p1 - p2) / error;
    }
}
