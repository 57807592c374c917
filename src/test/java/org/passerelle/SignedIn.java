package org.passerelle;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import org.passerelle.shared.RunAs;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Signs a person in for service tests until they are signed out, through the security context strategy that
 * method security reads (Vaadin installs its own) and the static holder that helpers read. Work in another
 * thread runs as them through {@link RunAs}, like the application's own work in someone's name.
 */
@Component
public class SignedIn {

    private final SecurityContextHolderStrategy strategy;
    private final UserDetailsService users;
    private final RunAs runAs;

    public SignedIn(ObjectProvider<SecurityContextHolderStrategy> strategy, UserDetailsService users, RunAs runAs) {
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.users = users;
        this.runAs = runAs;
    }

    public void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        set(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Sets the person both where this context's method security and where static helpers look. */
    public void set(Authentication authentication) {
        strategy.getContext().setAuthentication(authentication);
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }

    public void out() {
        strategy.clearContext();
        SecurityContextHolder.clearContext();
    }

    /** The action, run in another thread as the person signed in here. */
    public <T> Callable<T> carried(Callable<T> action) {
        Authentication authentication = strategy.getContext().getAuthentication();
        return () -> runAs.authenticated(authentication, () -> {
            try {
                return action.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
    }
}
