package org.passerelle;

import java.util.concurrent.Callable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Signs a person in for service tests, through the security context strategy of the test's own Spring
 * context: several contexts live in one test JVM, and each Vaadin context installs its own strategy, so the
 * static holder may not be the one that method security of this context reads.
 */
@Component
public class SignedIn {

    private final SecurityContextHolderStrategy strategy;
    private final UserDetailsService users;

    public SignedIn(
            org.springframework.beans.factory.ObjectProvider<SecurityContextHolderStrategy> strategy,
            UserDetailsService users) {
        this.strategy = strategy.getIfAvailable(
                org.springframework.security.core.context.SecurityContextHolder::getContextHolderStrategy);
        this.users = users;
    }

    public void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        set(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Sets the person both where this context's method security and where static helpers look. */
    public void set(Authentication authentication) {
        strategy.getContext().setAuthentication(authentication);
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(authentication);
    }

    public void out() {
        strategy.clearContext();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    /** The action, run in another thread as the person signed in here. */
    public <T> Callable<T> carried(Callable<T> action) {
        Authentication authentication = strategy.getContext().getAuthentication();
        return () -> {
            set(authentication);
            try {
                return action.call();
            } finally {
                out();
            }
        };
    }
}
