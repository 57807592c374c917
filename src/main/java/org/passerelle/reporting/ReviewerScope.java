package org.passerelle.reporting;

import java.util.Optional;
import org.passerelle.identity.MyAccount;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserSummary;
import org.springframework.stereotype.Component;

/**
 * Which countries the signed-in person may see on dashboards: administrators every country; a reviewer only
 * their own (a reviewer without a country sees nothing). Country scope is a security boundary: every dashboard
 * read goes through here, in the service, whatever the page asked for.
 */
@Component
class ReviewerScope {

    /** No limit (administrators), or the one country allowed. */
    record Allowed(boolean everyCountry, String country) {

        boolean covers(String other) {
            return everyCountry || (country != null && country.equals(other));
        }
    }

    private final MyAccount me;

    ReviewerScope(MyAccount me) {
        this.me = me;
    }

    Allowed current() {
        Optional<UserSummary> person = me.current();
        if (person.isPresent() && person.get().has(Role.ADMIN)) {
            return new Allowed(true, null);
        }
        return new Allowed(
                false,
                person.filter(p -> p.has(Role.REVIEWER))
                        .map(UserSummary::country)
                        .orElse(null));
    }
}
