package org.passerelle.cohorts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Chooses usernames for new accounts whose row gave none: the part of the email before the {@code @}, made
 * to fit the username rules, with a number added when it is taken (by an account or by another row).
 */
final class UsernameChoice {

    private UsernameChoice() {}

    /**
     * @param usernames per row, the username given or the account's; null ones are filled in
     * @param emails per row, the normalised email (null when it was invalid: no username is chosen)
     * @param taken usernames known to be taken
     * @param takenAmong asks the database which of some usernames are taken
     */
    static void fill(
            List<String> usernames,
            List<String> emails,
            Set<String> taken,
            Function<List<String>, Set<String>> takenAmong) {
        Set<String> used = new HashSet<>(taken);
        usernames.stream().filter(u -> u != null).forEach(used::add);
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < usernames.size(); i++) {
            if (usernames.get(i) == null && emails.get(i) != null) {
                open.add(i);
            }
        }
        // Ask the database about every base name at once, then count up locally, asking again only for the
        // numbered names chosen (rarely more than one round).
        List<String> bases = open.stream().map(i -> base(emails.get(i))).toList();
        used.addAll(takenAmong.apply(bases.stream().distinct().toList()));
        while (!open.isEmpty()) {
            List<String> chosen = new ArrayList<>();
            for (int k = 0; k < open.size(); k++) {
                String base = base(emails.get(open.get(k)));
                String candidate = base;
                for (int n = 2; used.contains(candidate); n++) {
                    String suffix = Integer.toString(n);
                    candidate = base.substring(0, Math.min(base.length(), 64 - suffix.length())) + suffix;
                }
                used.add(candidate);
                chosen.add(candidate);
            }
            Set<String> clash = takenAmong.apply(chosen);
            List<Integer> again = new ArrayList<>();
            for (int k = 0; k < open.size(); k++) {
                if (clash.contains(chosen.get(k))) {
                    again.add(open.get(k));
                } else {
                    usernames.set(open.get(k), chosen.get(k));
                }
            }
            open = again;
        }
    }

    /** The email's local part in username form: lower case, [a-z0-9._-], starting with a letter or digit. */
    static String base(String email) {
        String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
        String cleaned = local.replaceAll("[^a-z0-9._-]+", ".").replaceAll("^[._-]+", "");
        if (cleaned.length() < 2) {
            cleaned = "learner" + cleaned;
        }
        return cleaned.substring(0, Math.min(cleaned.length(), 60));
    }
}
