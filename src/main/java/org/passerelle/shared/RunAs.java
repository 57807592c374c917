package org.passerelle.shared;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Runs work that no one signed in asked for (a scheduled sweep, an event listener, demo data) in someone's name,
 * so that the services it calls check their guards as usual. Whoever was signed in before is put back afterwards.
 */
@Component
public class RunAs {

    /** The name the platform acts under, with the role {@code SYSTEM} and nothing else. */
    public static final String PLATFORM = "passerelle";

    private final SecurityContextHolderStrategy security;

    RunAs(ObjectProvider<SecurityContextHolderStrategy> security) {
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** As the platform itself: the role {@code SYSTEM} that the services it may call require. */
    public <T> T platform(Supplier<T> work) {
        return authenticated(
                UsernamePasswordAuthenticationToken.authenticated(
                        PLATFORM, null, List.of(new SimpleGrantedAuthority("ROLE_SYSTEM"))),
                work);
    }

    /** As a person, with the authorities of their account. */
    public void person(UserDetails person, Runnable work) {
        authenticated(UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()), () -> {
            work.run();
            return null;
        });
    }

    public <T> T authenticated(Authentication who, Supplier<T> work) {
        SecurityContext before = security.getContext();
        SecurityContext context = security.createEmptyContext();
        context.setAuthentication(who);
        security.setContext(context);
        try {
            return work.get();
        } finally {
            if (before.getAuthentication() == null) {
                security.clearContext();
            } else {
                security.setContext(before);
            }
        }
    }
}
