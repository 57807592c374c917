package org.passerelle.bench.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Learner accounts for a load run, written straight into the server's database in the shape the identity module
 * stores them (the same shape the scale data generator writes): active, Kenyan, reading English, role LEARNER,
 * the demo password. They enrol themselves on the course page, as the simulated learner's first visit.
 */
final class LearnerAccounts {

    static final String PASSWORD = "demo-passerelle";
    private static final String HASH =
            PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);

    private LearnerAccounts() {}

    /** Creates {@code count} accounts named {@code prefix-0001}… and returns their usernames. */
    static List<String> create(String jdbcUrl, String prefix, int count) throws Exception {
        List<String> usernames = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            usernames.add("%s-%04d".formatted(prefix, i));
        }
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection db = DriverManager.getConnection(jdbcUrl)) {
            db.setAutoCommit(false);
            for (int from = 0; from < count; from += 500) {
                List<String> chunk = usernames.subList(from, Math.min(count, from + 500));
                String rows =
                        String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, 'KE', 'en', ?, 1, 0, 0, ?, 0)"));
                try (PreparedStatement insert =
                        db.prepareStatement("insert into identity_user (username, display_name, "
                                + "email, country, language, password_hash, active, failed_attempts, lock_count, created_at, "
                                + "version) values " + rows)) {
                    int p = 1;
                    for (String username : chunk) {
                        insert.setString(p++, username);
                        insert.setString(p++, "Learner " + username);
                        insert.setString(p++, username + "@load.passerelle.example");
                        insert.setString(p++, HASH);
                        insert.setTimestamp(p++, now);
                    }
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement roles = db.prepareStatement("insert into identity_user_role (user_id, role) "
                    + "select id, 'LEARNER' from identity_user where username like ?")) {
                roles.setString(1, prefix + "-%");
                roles.executeUpdate();
            }
            db.commit();
        }
        return usernames;
    }
}
