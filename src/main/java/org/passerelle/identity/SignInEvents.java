package org.passerelle.identity;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Feeds Spring Security's sign-in outcomes to the guard, before the failure page is chosen. */
@Component
class SignInEvents {

    private final SignInGuard guard;

    SignInEvents(SignInGuard guard) {
        this.guard = guard;
    }

    /**
     * A wrong password, an unknown name, or any attempt on a locked account (whose password is not even told apart):
     * the same count against the address whether the name is an account or not, as the answers must not differ.
     */
    @EventListener({AuthenticationFailureBadCredentialsEvent.class, AuthenticationFailureLockedEvent.class})
    void failed(AbstractAuthenticationFailureEvent event) {
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        guard.recordFailure(event.getAuthentication().getName(), address);
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        guard.recordSuccess(event.getAuthentication().getName());
    }
}
