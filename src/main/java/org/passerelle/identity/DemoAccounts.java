package org.passerelle.identity;

import java.util.Set;
import org.passerelle.shared.Language;
import org.passerelle.shared.database.DemoModeCondition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo accounts listed in the README; only in demo mode (the embedded database by default). */
@Component
@Conditional(DemoModeCondition.class)
@Order(0)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo-passerelle";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountSeeding seeding;

    DemoAccounts(AccountSeeding seeding) {
        this.seeding = seeding;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = 0;
        created += create("admin", "Amina Diallo", "admin@passerelle.example", null, Language.EN, Role.ADMIN);
        created += create("instructor", "Li Wei", "instructor@passerelle.example", null, Language.EN, Role.INSTRUCTOR);
        created += create("learner", "Wanjiru Kamau", "learner@passerelle.example", "KE", Language.EN, Role.LEARNER);
        created += create("apprenant", "Awa Ndiaye", "apprenant@passerelle.example", "SN", Language.FR, Role.LEARNER);
        created += create(
                "reviewer.ke", "Otieno Mwangi", "reviewer.ke@passerelle.example", "KE", Language.EN, Role.REVIEWER);
        created += create(
                "reviewer.sn", "Moussa Sarr", "reviewer.sn@passerelle.example", "SN", Language.FR, Role.REVIEWER);
        log.info("Demo mode: {} demo accounts created, all with the password '{}'", created, PASSWORD);
    }

    private int create(String username, String name, String email, String country, Language language, Role role) {
        return seeding.createIfMissing(username, name, email, country, language, Set.of(role), PASSWORD) ? 1 : 0;
    }
}
