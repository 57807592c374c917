package org.passerelle.identity;

import org.passerelle.shared.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour, forgets names without an account that have not failed a sign-in for longer than failures are kept, and
 * network addresses whose failures are forgotten anyway.
 */
@Component
class SignInFailureSweeper {

    private static final Logger log = LoggerFactory.getLogger(SignInFailureSweeper.class);

    private final SignInGuard guard;
    private final RunAs runAs;

    SignInFailureSweeper(SignInGuard guard, RunAs runAs) {
        this.guard = guard;
        this.runAs = runAs;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void sweep() {
        try {
            runAs.platform(guard::forgetOldUnknownNames);
            runAs.platform(guard::forgetQuietAddresses);
        } catch (RuntimeException e) {
            log.warn("Could not forget old sign-in failures of unknown names and addresses; will try again", e);
        }
    }
}
