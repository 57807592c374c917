package org.passerelle.credentials;

import java.util.List;
import org.passerelle.learning.CourseCompleted;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Issues a record when a course is completed. The event publication is stored with the completion, so a
 * record whose issuing a crash interrupted is issued at the next start.
 */
@Component
class RecordIssuer {

    private final Credentials credentials;

    private final SecurityContextHolderStrategy security;

    RecordIssuer(Credentials credentials, ObjectProvider<SecurityContextHolderStrategy> security) {
        this.credentials = credentials;
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @ApplicationModuleListener
    void on(CourseCompleted completion) {
        security.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "passerelle", null, List.of(new SimpleGrantedAuthority("ROLE_SYSTEM"))));
        try {
            credentials.issue(completion);
        } finally {
            security.clearContext();
        }
    }
}
