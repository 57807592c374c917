package org.passerelle.cohorts;

import org.passerelle.identity.UserSummary;

/**
 * A person with the reviewer role, as a cohort's form offers them.
 *
 * @param country ISO 3166-1 alpha-2 code, or null when the account names none
 */
public record Reviewer(long id, String displayName, String country) {

    static Reviewer of(UserSummary person) {
        return new Reviewer(person.id(), person.displayName(), person.country());
    }
}
