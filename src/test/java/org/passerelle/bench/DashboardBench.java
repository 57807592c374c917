package org.passerelle.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.passerelle.SignedIn;
import org.passerelle.reporting.CohortLearners;
import org.passerelle.reporting.CohortOverview;
import org.passerelle.reporting.DashboardRefresh;
import org.passerelle.reporting.Dashboards;
import org.passerelle.reporting.ItemAnalysis;
import org.passerelle.reporting.ItemFlag;
import org.passerelle.reporting.LearnerQuery;
import org.passerelle.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Prints p50 and p95 of loading each dashboard's data on the generated scale database (40 countries × 2,500
 * learners): the reviewer's home, a cohort's page (report, first page of learners, their count, the at-risk
 * list) and the administrators' comparison (every cohort, the countries, the item analysis). Target: p95 ≤
 * 200 ms each. Generate the data first: {@code ./mvnw -Pscale verify}; then
 * {@code ./mvnw -Pbench verify -Dtest=DashboardBench}.
 */
@SpringBootTest(
        properties = {
            "passerelle.dashboards.first-refresh=24h",
            // Rebuilding every cohort's summaries after a bulk load reads millions of rows per statement set.
            "spring.datasource.hikari.data-source-properties.socketTimeout=1800000"
        })
class DashboardBench {

    @DynamicPropertySource
    static void scaleDatabase(DynamicPropertyRegistry registry) {
        registry.add("passerelle.embedded-db.data-dir", () -> System.getProperty("scale.db", "target/scale-db"));
    }

    static final int WARM_UP = 20;
    static final int RUNS = 200;

    @Autowired
    Dashboards dashboards;

    @Autowired
    CohortLearners learners;

    @Autowired
    ItemAnalysis items;

    @Autowired
    DashboardRefresh refresh;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignedIn signedIn;

    @Test
    void dashboards() {
        Integer people = jdbc.queryForObject("select count(*) from identity_user", Integer.class);
        Assumptions.assumeTrue(people != null && people > 50_000, "no scale data: run ./mvnw -Pscale verify first");
        signedIn.as("admin");
        int cohorts = jdbc.queryForObject("select count(*) from cohorts_cohort", Integer.class);
        int summarised = jdbc.queryForObject("select count(*) from reporting_cohort", Integer.class);
        if (summarised < cohorts) {
            long started = System.nanoTime();
            int done = refresh.rebuildAll();
            System.out.printf(
                    "BENCH dashboards | summary tables rebuilt for %d cohorts in %d ms%n",
                    done, (System.nanoTime() - started) / 1_000_000);
        }
        long started = System.nanoTime();
        long one = jdbc.queryForObject("select min(cohort_id) from reporting_cohort where country = 'KE'", Long.class);
        refresh.refresh(one);
        System.out.printf(
                "BENCH dashboards | one cohort's summaries refreshed in %d ms%n",
                (System.nanoTime() - started) / 1_000_000);

        signedIn.as("reviewer.ke");
        List<CohortOverview> home = dashboards.home();
        long cohort = home.getFirst().cohortId();
        measure("reviewer home (reviewer.ke)", () -> dashboards.home().size());
        measure("cohort page (report, 50 learners, count, at risk)", () -> {
            int size = dashboards
                    .cohort(cohort, Language.EN)
                    .orElseThrow()
                    .funnel()
                    .size();
            size += learners.page(cohort, new LearnerQuery("", LearnerQuery.Order.PROGRESS, true, 0, 50))
                    .size();
            size += learners.count(cohort, "");
            size += learners.atRisk(cohort, 14, 200).size();
            return size;
        });
        measure(
                "learners grid, filtered and sorted by last activity",
                () -> learners.page(cohort, new LearnerQuery("an", LearnerQuery.Order.LAST_ACTIVE, false, 500, 50))
                        .size());
        signedIn.as("admin");
        measure(
                "admin comparison (all cohorts, countries, item analysis)",
                () -> dashboards.home().size()
                        + dashboards.countries().size()
                        + items.flags(Language.EN).size());
        List<ItemFlag> flags = items.flags(Language.EN);
        System.out.printf(
                "BENCH dashboards | %d cohorts in view for reviewer.ke, %d item flags for administrators%n",
                home.size(), flags.size());
        flags.forEach(flag -> System.out.printf(
                "BENCH dashboards | flag %s / %s %s %s: %.0f%% of %d answers vs %.0f%% of %d (%+d points)%n",
                flag.quizTitle(),
                flag.questionId(),
                flag.dimension(),
                flag.group(),
                flag.share() * 100,
                flag.answers(),
                flag.othersShare() * 100,
                flag.othersAnswers(),
                flag.gapPoints()));
        signedIn.out();
    }

    private static void measure(String label, Supplier<Integer> load) {
        for (int i = 0; i < WARM_UP; i++) {
            load.get();
        }
        List<Long> micros = new ArrayList<>(RUNS);
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            load.get();
            micros.add((System.nanoTime() - started) / 1_000);
        }
        Collections.sort(micros);
        System.out.printf(
                "BENCH dashboards | %-58s | p50 %6.1f ms | p95 %6.1f ms | max %6.1f ms%n",
                label, micros.get(RUNS / 2) / 1000.0, micros.get(RUNS * 95 / 100) / 1000.0, micros.getLast() / 1000.0);
    }
}
