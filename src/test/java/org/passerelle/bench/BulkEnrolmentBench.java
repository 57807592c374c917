package org.passerelle.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passerelle.SignedIn;
import org.passerelle.cohorts.BulkEnrolment;
import org.passerelle.cohorts.CohortAdministration;
import org.passerelle.cohorts.CohortForm;
import org.passerelle.cohorts.EnrolmentDone;
import org.passerelle.cohorts.EnrolmentPreview;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Prints how long checking and importing a 10,000-row enrolment file takes: preview, then the
 * all-or-nothing import (accounts, activation codes, memberships, enrolments). Target: ≤ 30 s for both.
 * Run with {@code ./mvnw -Pbench verify -Dtest=BulkEnrolmentBench}.
 */
@SpringBootTest
class BulkEnrolmentBench {

    static final int ROWS = 10_000;

    @Autowired
    BulkEnrolment bulk;

    @Autowired
    CohortAdministration administration;

    @Autowired
    SignedIn signedIn;

    @Test
    void tenThousandRows() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        StringBuilder csv = new StringBuilder("email;given name;family name;language\n");
        String[] languages = {"fr", "en", "ar", "es", "ru", "zh"};
        for (int i = 0; i < ROWS; i++) {
            csv.append("official.%s.%05d@gouv.sn;Prénom %d;Nom %d;%s\n".formatted(tag, i, i, i, languages[i % 6]));
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        signedIn.as("admin");
        LocalDate start = LocalDate.of(2027, 5, 1);
        long cohort = administration
                .save(new CohortForm(
                        null, 0, "Bench " + tag, "SN", start, start.plusDays(90), Set.of("ai-public-policy"), Set.of()))
                .id();

        long started = System.nanoTime();
        EnrolmentPreview preview = bulk.preview(cohort, file, BulkEnrolment.Progress.NONE);
        long previewMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        EnrolmentDone done = bulk.enrol(cohort, file, BulkEnrolment.Progress.NONE);
        long enrolMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(
                "BENCH bulk enrolment | %d rows, %d KB | preview %d ms (%d ready) | import %d ms (%d accounts"
                        + " created, check included) | total %d ms%n",
                ROWS,
                file.length / 1024,
                previewMillis,
                preview.newAccounts(),
                enrolMillis,
                done.created().size(),
                previewMillis + enrolMillis);
        signedIn.out();
    }
}
