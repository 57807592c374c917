package org.passerelle.bench;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passerelle.SignedIn;
import org.passerelle.catalog.Catalog;
import org.passerelle.catalog.PublishedVersion;
import org.passerelle.cohorts.BulkEnrolment;
import org.passerelle.cohorts.CohortAdministration;
import org.passerelle.cohorts.CohortForm;
import org.passerelle.credentials.Credentials;
import org.passerelle.identity.ActivationCode;
import org.passerelle.learning.CourseCompleted;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prints how long issuing 1,000 completion records takes: directly (one call per completion, as the
 * listener does), and end to end (1,000 completions published, records issued by the event listener from
 * the stored publications). Run with {@code ./mvnw -Pbench verify -Dtest=RecordIssueBench}.
 */
@SpringBootTest
class RecordIssueBench {

    static final int RECORDS = 1_000;

    @Autowired
    Credentials credentials;

    @Autowired
    BulkEnrolment bulk;

    @Autowired
    CohortAdministration cohorts;

    @Autowired
    Catalog catalog;

    @Autowired
    SignedIn signedIn;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thousandRecords() {
        signedIn.as("admin");
        PublishedVersion version = catalog.current("ai-public-policy").orElseThrow();
        List<Long> direct = people("direct");
        List<Long> throughEvents = people("events");

        signedIn.set(UsernamePasswordAuthenticationToken.authenticated(
                "passerelle", null, List.of(new SimpleGrantedAuthority("ROLE_SYSTEM"))));
        long started = System.nanoTime();
        for (int i = 0; i < RECORDS; i++) {
            credentials.issue(completion(direct.get(i), i, version));
        }
        long directMillis = (System.nanoTime() - started) / 1_000_000;
        signedIn.out();

        started = System.nanoTime();
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < RECORDS; i++) {
                events.publishEvent(completion(throughEvents.get(i), RECORDS + i, version));
            }
        });
        String first = String.valueOf(throughEvents.getFirst());
        String last = String.valueOf(throughEvents.getLast());
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from credentials_record where user_id between ? and ?",
                                Integer.class,
                                Long.parseLong(first),
                                Long.parseLong(last))
                        == RECORDS);
        long eventMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(
                "BENCH record issuing | %d records | direct %d ms (%.1f ms each) | through stored events %d ms%n",
                RECORDS, directMillis, directMillis / (double) RECORDS, eventMillis);
    }

    private static CourseCompleted completion(long userId, int n, PublishedVersion version) {
        return new CourseCompleted(
                900_000_000L + n,
                userId,
                version.courseId(),
                version.id(),
                version.number(),
                BigDecimal.valueOf(80 + n % 20),
                Instant.parse("2026-11-01T10:00:00Z").plusSeconds(n));
    }

    /** A thousand real accounts, made the fast way (a bulk enrolment into a cohort of their own). */
    private List<Long> people(String label) {
        String tag = label + "-" + UUID.randomUUID().toString().substring(0, 6);
        StringBuilder csv = new StringBuilder("email,given name,family name\n");
        for (int i = 0; i < RECORDS; i++) {
            csv.append("%s.%04d@bench.example,Holder,%d\n".formatted(tag, i, i));
        }
        signedIn.as("admin");
        LocalDate start = LocalDate.of(2027, 6, 1);
        long cohort = cohorts.save(new CohortForm(
                        null,
                        0,
                        "Records " + tag,
                        "SN",
                        start,
                        start.plusDays(30),
                        Set.of("ai-public-policy"),
                        Set.of()))
                .id();
        List<Long> ids = bulk
                .enrol(cohort, csv.toString().getBytes(StandardCharsets.UTF_8), BulkEnrolment.Progress.NONE)
                .created()
                .stream()
                .map(ActivationCode::userId)
                .sorted()
                .toList();
        signedIn.out();
        return ids;
    }
}
