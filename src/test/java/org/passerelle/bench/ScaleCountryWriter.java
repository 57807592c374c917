package org.passerelle.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The rows of one country: its reviewer (the demo reviewer when there is one), two cohorts, A (started 12
 * weeks ago) and B (7 weeks ago), each of 1,250 learners following both courses (in every eighth country,
 * cohort B follows the flagship only), and everything the learners did.
 */
final class ScaleCountryWriter {

    /**
     * The next id of each table, and the ids of existing accounts by username.
     *
     * @param existingUser the id of an account already there, or null
     */
    record Ids(
            AtomicLong user,
            AtomicLong cohort,
            AtomicLong enrolment,
            AtomicLong attempt,
            Function<String, Long> existingUser) {}

    private final List<ScaleCourse> courses;
    private final String passwordHash;
    private final Instant now;
    private final Long admin;
    private final LearnerJourney[] journeys;
    private final IssuedRecords records;

    ScaleCountryWriter(
            List<ScaleCourse> courses, String passwordHash, String issuer, Instant now, Long admin, QuizTaking quiz) {
        this.courses = courses;
        this.passwordHash = passwordHash;
        this.records = new IssuedRecords(issuer, now);
        this.now = now;
        this.admin = admin;
        // The flagship is started by most; the second course, which comes after it, by fewer.
        this.journeys = new LearnerJourney[] {new LearnerJourney(0.13, 1.3, quiz), new LearnerJourney(0.14, 0.3, quiz)};
    }

    static String username(ScaleCountry country, int number) {
        return "learner.%s.%04d".formatted(country.lowerCode(), number);
    }

    ScaleRows country(ScaleCountry country, Random random, Ids ids) {
        ScaleRows rows = new ScaleRows();
        LocalDate today = ScaleData.today(now);
        long reviewer = reviewer(rows, country, ids, today.minusWeeks(14));
        boolean flagshipOnlyInB = ScaleCountry.ALL.indexOf(country) % 8 == 7;
        long[] cohorts = new long[2];
        LocalDate[] starts = {today.minusWeeks(12), today.minusWeeks(7)};
        for (int c = 0; c < 2; c++) {
            cohorts[c] = ids.cohort().getAndIncrement();
            LocalDate start = starts[c];
            rows.add(
                    "cohorts_cohort",
                    cohorts[c],
                    cohortName(country, c),
                    country.code(),
                    start,
                    start.plusWeeks(18),
                    instant(start.minusDays(10), 8));
            for (int k = 0; k < courses.size(); k++) {
                if (k == 0 || c == 0 || !flagshipOnlyInB) {
                    rows.add("cohorts_course", cohorts[c], courses.get(k).id());
                }
            }
            rows.add("cohorts_reviewer", cohorts[c], reviewer);
        }
        for (int number = 1; number <= ScaleData.LEARNERS_PER_COUNTRY; number++) {
            int c = number <= ScaleData.LEARNERS_PER_COUNTRY / 2 ? 0 : 1;
            // Most accounts come from the administrator's enrolment file on the first day; some join later by code.
            boolean byFile = random.nextInt(100) < 85;
            Instant enrolled =
                    instant(starts[c], 9).plusSeconds(byFile ? number : 3_600 + random.nextLong(14 * 86_400L));
            Learner learner = Learner.draw(ids.user().getAndIncrement(), username(country, number), country, random);
            rows.add(
                    "identity_user",
                    learner.id(),
                    learner.username(),
                    learner.name(),
                    learner.username() + "@scale.passerelle.example",
                    country.code(),
                    learner.language().code(),
                    passwordHash,
                    enrolled);
            rows.add("identity_user_role", learner.id(), "LEARNER");
            rows.add("cohorts_member", cohorts[c], learner.id(), enrolled);
            for (int k = 0; k < courses.size(); k++) {
                if (k > 0 && c == 1 && flagshipOnlyInB) {
                    continue;
                }
                ScaleCourse course = courses.get(k);
                long enrolment = ids.enrolment().getAndIncrement();
                EnrolmentHistory.Result result = EnrolmentHistory.write(
                        rows,
                        enrolment,
                        learner,
                        course,
                        journeys[Math.min(k, 1)].walk(course, learner, random),
                        enrolled,
                        byFile ? admin : null,
                        now,
                        ids.attempt()::getAndIncrement,
                        random);
                if (result.completedAt() != null) {
                    records.issue(rows, learner, course, enrolment, cohortName(country, c), result, random);
                }
            }
        }
        return rows;
    }

    private long reviewer(ScaleRows rows, ScaleCountry country, Ids ids, LocalDate created) {
        String username = "reviewer." + country.lowerCode();
        Long existing = ids.existingUser().apply(username);
        if (existing != null) {
            return existing;
        }
        long id = ids.user().getAndIncrement();
        rows.add(
                "identity_user",
                id,
                username,
                country.names().draw(new Random(id)),
                username + "@passerelle.example",
                country.code(),
                country.languages().keySet().iterator().next().code(),
                passwordHash,
                instant(created, 10));
        rows.add("identity_user_role", id, "REVIEWER");
        return id;
    }

    static String cohortName(ScaleCountry country, int cohort) {
        return country.name() + " 2026 " + (cohort == 0 ? "A" : "B");
    }

    private static Instant instant(LocalDate day, int hour) {
        return day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }
}
