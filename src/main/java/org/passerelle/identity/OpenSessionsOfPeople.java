package org.passerelle.identity;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/** The sessions people are signed in with, as Spring Security tracks them, for ending all of one person's at once. */
@Component
class OpenSessionsOfPeople {

    private final SessionRegistry sessions;

    OpenSessionsOfPeople(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    /** Signs the person out everywhere, at their next click, not when their sessions idle out. */
    void endAllOf(String username) {
        sessions.getAllPrincipals().stream()
                .filter(principal -> principal instanceof UserDetails user
                        && user.getUsername().equals(username))
                .flatMap(principal -> sessions.getAllSessions(principal, false).stream())
                .forEach(SessionInformation::expireNow);
    }
}
