package org.passerelle.identity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.passerelle.shared.database.MultiRowInsert;
import org.springframework.stereotype.Component;

/**
 * Writes learner accounts that wait for activation, thousands at a time: a few multi-row statements per
 * 500 accounts instead of one entity save each.
 */
@Component
class PendingAccountWriter {

    private final MultiRowInsert rows;

    PendingAccountWriter(MultiRowInsert rows) {
        this.rows = rows;
    }

    /**
     * @param codeHashes the hash of each account's activation code, in the order of {@code accounts}
     * @param written told how many accounts are written so far
     * @return the new accounts' ids, in the order of {@code accounts}
     */
    List<Long> write(
            List<PendingAccount> accounts,
            List<String> codeHashes,
            Instant now,
            Instant expiresAt,
            IntConsumer written) {
        LocalDateTime at = utc(now);
        LocalDateTime expires = utc(expiresAt);
        List<Long> ids = new ArrayList<>(accounts.size());
        int step = 500;
        for (int from = 0; from < accounts.size(); from += step) {
            List<PendingAccount> chunk = accounts.subList(from, Math.min(accounts.size(), from + step));
            List<Object[]> users = new ArrayList<>(chunk.size());
            for (PendingAccount account : chunk) {
                users.add(new Object[] {
                    account.username(),
                    account.displayName(),
                    account.email(),
                    account.country(),
                    account.language().code(),
                    at
                });
            }
            rows.insert(
                    "insert into identity_user (username, display_name, email, country, language, password_hash,"
                            + " active, failed_attempts, lock_count, created_at, version)",
                    "(?, ?, ?, ?, ?, null, true, 0, 0, ?, 0)",
                    users);
            Map<String, Long> idByUsername = new HashMap<>();
            rows.queryIn(
                            "select id, username from identity_user where username in (:in)",
                            chunk.stream().map(PendingAccount::username).toList(),
                            (result, n) -> Map.entry(result.getString(2), result.getLong(1)))
                    .forEach(entry -> idByUsername.put(entry.getKey(), entry.getValue()));
            List<Object[]> roles = new ArrayList<>(chunk.size());
            List<Object[]> activations = new ArrayList<>(chunk.size());
            for (int i = 0; i < chunk.size(); i++) {
                long id = idByUsername.get(chunk.get(i).username());
                ids.add(id);
                roles.add(new Object[] {id, Role.LEARNER.name()});
                activations.add(new Object[] {id, codeHashes.get(from + i), expires, at});
            }
            rows.insert("insert into identity_user_role (user_id, role)", "(?, ?)", roles);
            rows.insert(
                    "insert into identity_activation (user_id, code_hash, expires_at, created_at)",
                    "(?, ?, ?, ?)",
                    activations);
            written.accept(ids.size());
        }
        return ids;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
