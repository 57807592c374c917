package org.passerelle.shared;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs work that no person asked for (a scheduled sweep, an event listener) as the platform itself, with
 * the role {@code SYSTEM} that the services it may call require, and nothing else.
 */
@Component
public class AsPlatform {

    private final SecurityContextHolderStrategy security;

    AsPlatform(ObjectProvider<SecurityContextHolderStrategy> security) {
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public <T> T run(Supplier<T> work) {
        security.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "passerelle", null, List.of(new SimpleGrantedAuthority("ROLE_SYSTEM"))));
        try {
            return work.get();
        } finally {
            security.clearContext();
        }
    }
}
