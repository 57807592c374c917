package org.passerelle.identity;

import java.util.Set;
import org.passerelle.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** On a database without an administrator, creates the one configured in {@code passerelle.admin.*}. */
@Component
@Order(1)
class FirstAdministratorSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministratorSetup.class);

    private final AccountSeeding seeding;
    private final FirstAdministrator configured;

    FirstAdministratorSetup(AccountSeeding seeding, FirstAdministrator configured) {
        this.seeding = seeding;
        this.configured = configured;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (seeding.anyActiveAdministrator()) {
            return;
        }
        if (!StringUtils.hasText(configured.username()) || !StringUtils.hasText(configured.password())) {
            log.warn(
                    "No administrator exists. Set PASSERELLE_ADMIN_USERNAME, PASSERELLE_ADMIN_EMAIL and "
                            + "PASSERELLE_ADMIN_PASSWORD (at least {} characters) and restart to create one.",
                    PasswordPolicy.MIN_LENGTH);
            return;
        }
        String problem = PasswordPolicy.problem(configured.password());
        if (problem != null) {
            throw new IllegalStateException(
                    "PASSERELLE_ADMIN_PASSWORD must have at least " + PasswordPolicy.MIN_LENGTH + " characters");
        }
        String email =
                StringUtils.hasText(configured.email()) ? configured.email() : configured.username() + "@localhost";
        String name = StringUtils.hasText(configured.displayName()) ? configured.displayName() : configured.username();
        seeding.createIfMissing(
                AccountRules.username(configured.username()),
                name,
                AccountRules.email(email),
                null,
                Language.EN,
                Set.of(Role.ADMIN),
                configured.password());
        log.info("Created the first administrator '{}' from configuration", configured.username());
    }
}
