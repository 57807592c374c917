package org.passerelle.shared.database;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * As soon as the configuration is known, and only when no external database is configured, starts the embedded
 * MariaDB on a thread of its own: it takes seconds to get ready, and would otherwise wait until the application
 * asks for its first connection. The data source then waits for the same server.
 */
public class EmbeddedDatabaseHeadStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
        if (!StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            EmbeddedMariaDb.startInBackground(
                    environment.getProperty(EmbeddedDatabaseConfiguration.DATA_DIR, "data"),
                    EmbeddedDatabaseConfiguration.DATABASE);
        }
    }
}
