package org.passerelle.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.passerelle.SignedIn;
import org.passerelle.catalog.Catalog;
import org.passerelle.learning.LearningService;
import org.passerelle.learning.QuizService;
import org.passerelle.shared.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills a persistent embedded database with the scale data set (40 countries × 2,500 learners, their
 * progress, attempts and records), then prints rows and sizes and checks the data is consistent. Skips the
 * countries already there, so a second run only reports and checks. Not part of the test suite; run with
 * {@code ./mvnw -Pscale verify} (folder: {@code -Dscale.db=target/scale-db}; only the first countries:
 * {@code -Dscale.countries=2}; counts only, nothing written: {@code -Dscale.dry-run=true}).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // Reports and checks read millions of rows: more than the 15 s a web request may wait.
        properties = "spring.datasource.hikari.data-source-properties.socketTimeout=1800000")
class ScaleDataGenerator {

    static final Path DATABASE = Path.of(System.getProperty("scale.db", "target/scale-db"));
    static final Path COURSES = ScaleCourseFolder.prepare(Path.of("target/scale-courses"));
    static final boolean DRY_RUN = Boolean.getBoolean("scale.dry-run");
    static final int COUNTRIES = Integer.getInteger("scale.countries", ScaleCountry.ALL.size());

    @DynamicPropertySource
    static void scaleDatabase(DynamicPropertyRegistry registry) {
        registry.add("passerelle.embedded-db.data-dir", () -> DRY_RUN ? "" : DATABASE.toString());
        registry.add("passerelle.courses.folder", COURSES::toString);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Catalog catalog;

    @Autowired
    RunAs runAs;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    SignedIn signedIn;

    @Autowired
    LearningService learning;

    @Autowired
    QuizService quizzes;

    @Autowired
    Clock clock;

    @Value("${passerelle.issuer.name:Passerelle}")
    String issuer;

    @LocalServerPort
    int port;

    @Test
    void fillsTheScaleDatabase() throws Exception {
        List<ScaleCourse> courses = runAs.platform(() -> List.of(
                ScaleCourse.of(catalog.current(ScaleCourseFolder.FLAGSHIP).orElseThrow()),
                ScaleCourse.of(catalog.current(ScaleCourseFolder.ADVANCED).orElseThrow())));
        long started = System.nanoTime();
        // One hash for everyone: bcrypt is slow on purpose, and 100,000 of them would take an hour.
        String hash = passwords.encode(ScaleData.PASSWORD);
        // Activity is laid out until the start of today (UTC): the same data all day long for a given seed.
        Instant today = clock.instant().truncatedTo(ChronoUnit.DAYS);
        ScaleData data = new ScaleData(jdbc, transactions, courses, hash, issuer, today);
        Map<String, Long> written = data.generate(COUNTRIES, DRY_RUN);
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        written.forEach((table, rows) ->
                System.out.printf("SCALE %s %-28s %,12d%n", DRY_RUN ? "simulated" : "written", table, rows));
        System.out.printf(
                "SCALE generation: %d min %02d s (%,d rows)%n",
                seconds / 60,
                seconds % 60,
                written.values().stream().mapToLong(Long::longValue).sum());
        if (DRY_RUN) {
            return;
        }
        new ScaleReport(jdbc).print(DATABASE);
        new ScaleChecks(jdbc, today).verify();
        List<String> learners = new ArrayList<>();
        for (ScaleCountry country : ScaleCountry.ALL.subList(0, Math.min(2, COUNTRIES))) {
            for (int number = 1; number <= 10; number++) {
                learners.add(ScaleCountryWriter.username(country, number));
            }
        }
        new ScalePlatformCheck(jdbc, signedIn, learning, quizzes).verify(port, learners);
    }
}
