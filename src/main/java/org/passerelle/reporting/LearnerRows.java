package org.passerelle.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.passerelle.identity.UserSummary;
import org.passerelle.learning.EnrolmentStatus;
import org.passerelle.learning.LearningFacts;

/** The row of each member of a cohort in {@code reporting_learner}, from their enrolments and quiz outcomes. */
final class LearnerRows {

    private LearnerRows() {}

    static List<Object[]> of(
            long cohortId,
            List<UserSummary> members,
            int courses,
            List<EnrolmentStatus> enrolments,
            List<LearningFacts.QuizOutcome> quizzes,
            Map<Long, String> recordStatus) {
        Map<Long, List<EnrolmentStatus>> byUser =
                enrolments.stream().collect(Collectors.groupingBy(EnrolmentStatus::userId));
        Map<Long, List<LearningFacts.QuizOutcome>> outcomes =
                quizzes.stream().collect(Collectors.groupingBy(LearningFacts.QuizOutcome::userId));
        List<Object[]> rows = new ArrayList<>();
        for (UserSummary person : members) {
            List<EnrolmentStatus> mine = byUser.getOrDefault(person.id(), List.of());
            int done = 0;
            int total = 0;
            int completed = 0;
            Instant last = null;
            for (EnrolmentStatus enrolment : mine) {
                total += enrolment.stepsTotal();
                done += enrolment.completedAt() != null ? enrolment.stepsTotal() : enrolment.stepsDone();
                completed += enrolment.completedAt() != null ? 1 : 0;
                if (last == null || enrolment.lastActivityAt().isAfter(last)) {
                    last = enrolment.lastActivityAt();
                }
            }
            List<LearningFacts.QuizOutcome> tried = outcomes.getOrDefault(person.id(), List.of());
            Map<String, BigDecimal> best = new HashMap<>();
            tried.forEach(outcome -> best.put(outcome.quiz(), outcome.best()));
            rows.add(new Object[] {
                cohortId,
                person.id(),
                DashboardRollup.name(person),
                person.username(),
                total == 0 ? 0 : Math.min(100, done * 100 / total),
                last == null ? null : LocalDateTime.ofInstant(last, ZoneOffset.UTC),
                courses,
                completed,
                DashboardRollup.average(new ArrayList<>(best.values())),
                scores(best),
                (int) tried.stream().filter(outcome -> outcome.failed() >= 2).count(),
                recordStatus.getOrDefault(person.id(), "NONE")
            });
        }
        return rows;
    }

    /** The best score per quiz, in quiz order: {@code 01-what-is-ai=80;02-…=95}. */
    private static @Nullable String scores(Map<String, BigDecimal> best) {
        String joined = best.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "="
                        + (e.getValue() == null
                                ? ""
                                : e.getValue().stripTrailingZeros().toPlainString()))
                .collect(Collectors.joining(";"));
        return joined.isEmpty() ? null : joined.substring(0, Math.min(1000, joined.length()));
    }
}
