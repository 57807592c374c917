package org.passerelle.catalog;

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
 * In demo mode, the demo instructor owns the flagship course, so that the course editor has something to show.
 * Done once, by the demo administrator, through the service an administrator uses.
 */
@Component
@Conditional(DemoModeCondition.class)
@Order(30)
class DemoAuthors implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAuthors.class);
    private static final String COURSE = "ai-public-policy";

    private final CourseAuthorship authorship;
    private final CourseAuthors authors;
    private final CourseVersions versions;
    private final UserDetailsService users;
    private final RunAs runAs;

    DemoAuthors(
            CourseAuthorship authorship,
            CourseAuthors authors,
            CourseVersions versions,
            UserDetailsService users,
            RunAs runAs) {
        this.authorship = authorship;
        this.authors = authors;
        this.versions = versions;
        this.users = users;
        this.runAs = runAs;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (versions.currentVersionOf(COURSE).isEmpty()
                || !authors.authors(COURSE).isEmpty()) {
            return;
        }
        UserDetails admin;
        try {
            admin = users.loadUserByUsername("admin");
            users.loadUserByUsername("instructor");
        } catch (RuntimeException e) {
            return;
        }
        runAs.person(admin, () -> {
            authorship.add(COURSE, "instructor", AuthorRole.OWNER);
            log.info("Demo mode: the demo instructor owns {}", COURSE);
        });
    }
}
