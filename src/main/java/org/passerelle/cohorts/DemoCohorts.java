package org.passerelle.cohorts;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.passerelle.catalog.Catalog;
import org.passerelle.identity.SignedInUser;
import org.passerelle.shared.RunAs;
import org.passerelle.shared.database.DemoModeCondition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * In demo mode, a Kenyan and a Senegalese cohort of the flagship course with their demo reviewer and learner,
 * so that every demo account has something to look at. Made once, by the demo administrator, through the same
 * services an organiser uses.
 */
@Component
@Conditional(DemoModeCondition.class)
@Order(20)
class DemoCohorts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCohorts.class);
    private static final String COURSE = "ai-public-policy";

    private final CohortAdministration administration;
    private final BulkEnrolment bulk;
    private final Cohorts cohorts;
    private final Catalog catalog;
    private final UserDetailsService users;
    private final RunAs runAs;

    DemoCohorts(
            CohortAdministration administration,
            BulkEnrolment bulk,
            Cohorts cohorts,
            Catalog catalog,
            UserDetailsService users,
            RunAs runAs) {
        this.administration = administration;
        this.bulk = bulk;
        this.cohorts = cohorts;
        this.catalog = catalog;
        this.users = users;
        this.runAs = runAs;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (cohorts.count() > 0) {
            return;
        }
        UserDetails admin;
        try {
            admin = users.loadUserByUsername("admin");
        } catch (RuntimeException e) {
            return;
        }
        runAs.person(admin, () -> {
            if (catalog.current(COURSE).isEmpty()) {
                return;
            }
            create(
                    "Nairobi — AI for Public Policy 2026",
                    "KE",
                    "reviewer.ke",
                    "learner@passerelle.example,Wanjiru,Kamau");
            create(
                    "Dakar — L’IA au service des politiques publiques 2026",
                    "SN",
                    "reviewer.sn",
                    "apprenant@passerelle.example,Awa,Ndiaye");
            log.info("Demo mode: a Kenyan and a Senegalese cohort created");
        });
    }

    private void create(String name, String country, String reviewer, String member) {
        long reviewerId = ((SignedInUser) users.loadUserByUsername(reviewer)).id();
        LocalDate start = LocalDate.now().withDayOfMonth(1);
        long id = administration
                .save(new CohortForm(
                        null, 0, name, country, start, start.plusMonths(4), Set.of(COURSE), Set.of(reviewerId)))
                .id();
        bulk.enrol(
                id,
                ("email,given name,family name\n" + member + "\n").getBytes(StandardCharsets.UTF_8),
                BulkEnrolment.Progress.NONE);
    }
}
