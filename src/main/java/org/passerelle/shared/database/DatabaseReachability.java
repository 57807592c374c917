package org.passerelle.shared.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Before anything else starts, tries the configured external database once, so that an unreachable one
 * is reported as one line naming its address instead of a wall of stack traces.
 */
public class DatabaseReachability implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private final Consumer<String> unreachable;

    /** @param unreachable told the one-line explanation when the database cannot be reached */
    public DatabaseReachability(Consumer<String> unreachable) {
        this.unreachable = unreachable;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        problem(event.getEnvironment()).ifPresent(unreachable);
    }

    static Optional<String> problem(Environment environment) {
        String url = environment.getProperty("spring.datasource.url");
        if (!StringUtils.hasText(url)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        setIfPresent(properties, "user", environment.getProperty("spring.datasource.username"));
        setIfPresent(properties, "password", environment.getProperty("spring.datasource.password"));
        properties.setProperty("connectTimeout", "3000");
        DriverManager.setLoginTimeout(3);
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("Passerelle cannot reach its database at " + url + " (" + rootMessage(e)
                    + "); check SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.");
        }
    }

    private static void setIfPresent(Properties properties, String key, String value) {
        if (value != null) {
            properties.setProperty(key, value);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
