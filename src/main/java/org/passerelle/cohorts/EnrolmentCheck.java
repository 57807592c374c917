package org.passerelle.cohorts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.passerelle.identity.AccountRules;
import org.passerelle.identity.UserAdministration;
import org.passerelle.identity.UserSummary;
import org.passerelle.shared.FieldProblem;
import org.passerelle.shared.Language;
import org.springframework.stereotype.Component;

/**
 * Checks every row of an enrolment file against the rules and the database — nothing is written — and
 * chooses the username of each new account.
 */
@Component
class EnrolmentCheck {

    private final UserAdministration people;
    private final Cohorts cohorts;

    EnrolmentCheck(UserAdministration people, Cohorts cohorts) {
        this.people = people;
        this.cohorts = cohorts;
    }

    /** A row that passed, with what will be written for it. */
    record Accepted(EnrolmentRow row, String email, String displayName, Long existingUserId) {}

    /** The preview, and for a ready one the rows to write. */
    record Result(EnrolmentPreview preview, List<Accepted> accepted) {}

    Result check(CohortSummary cohort, EnrolmentSheet.Reading reading, IntConsumer checked) {
        if (reading.problem() != null) {
            return new Result(
                    new EnrolmentPreview(
                            cohort.id(),
                            cohort.name(),
                            cohort.country(),
                            List.of(),
                            reading.problem(),
                            reading.problemLine()),
                    List.of());
        }
        List<EnrolmentSheet.Line> lines = reading.lines();
        List<String> emails = new ArrayList<>(lines.size());
        List<String> usernames = new ArrayList<>(lines.size());
        List<List<EnrolmentRow.Problem>> problems = new ArrayList<>(lines.size());
        Map<String, Integer> emailLines = new HashMap<>();
        Map<String, Integer> usernameLines = new HashMap<>();
        for (EnrolmentSheet.Line line : lines) {
            List<EnrolmentRow.Problem> found = new ArrayList<>();
            String email = normalised(line.email(), AccountRules::email, "bulk.row.email", found);
            String username = line.username().isBlank()
                    ? null
                    : normalised(line.username(), AccountRules::username, "bulk.row.username", found);
            if (line.givenName().isBlank() && line.familyName().isBlank()) {
                found.add(new EnrolmentRow.Problem("bulk.row.name", 0));
            } else if (name(line).length() > 200) {
                found.add(new EnrolmentRow.Problem("bulk.row.name-long", 0));
            }
            if (!line.language().isBlank()
                    && Language.understood(line.language()).isEmpty()) {
                found.add(new EnrolmentRow.Problem("bulk.row.language", 0));
            }
            repeated(email, line.line(), emailLines, found);
            repeated(username, line.line(), usernameLines, found);
            emails.add(email);
            usernames.add(username);
            problems.add(found);
        }
        checked.accept(lines.size() / 2);
        Map<String, UserSummary> existing = new HashMap<>();
        people.withEmails(emails.stream().filter(e -> e != null).distinct().toList())
                .forEach(person -> existing.put(person.email(), person));
        Set<Long> members = new HashSet<>();
        List<Long> existingIds = existing.values().stream().map(UserSummary::id).toList();
        for (int from = 0; from < existingIds.size(); from += 500) {
            members.addAll(cohorts.membersAmong(
                    cohort.id(), existingIds.subList(from, Math.min(existingIds.size(), from + 500))));
        }
        Set<String> taken =
                people.takenUsernames(usernames.stream().filter(u -> u != null).toList());
        for (int i = 0; i < lines.size(); i++) {
            UserSummary person = emails.get(i) == null ? null : existing.get(emails.get(i));
            List<EnrolmentRow.Problem> found = problems.get(i);
            if (person != null) {
                if (members.contains(person.id())) {
                    found.add(new EnrolmentRow.Problem("bulk.row.member", 0));
                } else if (person.country() != null && !person.country().equals(cohort.country())) {
                    found.add(new EnrolmentRow.Problem("bulk.row.other-country", 0));
                }
                usernames.set(i, person.username());
            } else if (usernames.get(i) != null && taken.contains(usernames.get(i))) {
                found.add(new EnrolmentRow.Problem("bulk.row.username-taken", 0));
            }
        }
        UsernameChoice.fill(usernames, emails, taken, people::takenUsernames);
        List<EnrolmentRow> rows = new ArrayList<>(lines.size());
        List<Accepted> accepted = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            EnrolmentSheet.Line line = lines.get(i);
            UserSummary person = emails.get(i) == null ? null : existing.get(emails.get(i));
            EnrolmentRow row = new EnrolmentRow(
                    line.line(),
                    line.email(),
                    name(line),
                    line.language().isBlank()
                            ? (person != null ? person.language() : Language.DEFAULT)
                            : Language.understood(line.language()).orElse(null),
                    usernames.get(i),
                    person != null,
                    List.copyOf(problems.get(i)));
            rows.add(row);
            accepted.add(new Accepted(row, emails.get(i), name(line), person == null ? null : person.id()));
        }
        checked.accept(lines.size());
        EnrolmentPreview preview = new EnrolmentPreview(cohort.id(), cohort.name(), cohort.country(), rows, null, 0);
        return new Result(preview, preview.ready() ? accepted : List.of());
    }

    private static String name(EnrolmentSheet.Line line) {
        return (line.givenName() + " " + line.familyName()).strip();
    }

    private static @Nullable String normalised(
            String raw, UnaryOperator<String> rule, String problem, List<EnrolmentRow.Problem> found) {
        try {
            return rule.apply(raw);
        } catch (FieldProblem e) {
            found.add(new EnrolmentRow.Problem(problem, 0));
            return null;
        }
    }

    private static void repeated(String value, int line, Map<String, Integer> seen, List<EnrolmentRow.Problem> found) {
        if (value == null) {
            return;
        }
        Integer first = seen.putIfAbsent(value.toLowerCase(Locale.ROOT), line);
        if (first != null) {
            found.add(new EnrolmentRow.Problem("bulk.row.duplicate", first));
        }
    }
}
