package org.passerelle.identity;

import org.passerelle.shared.AsPlatform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every hour, forgets names without an account that have not failed a sign-in for longer than failures are kept. */
@Component
class UnknownNameSweeper {

    private static final Logger log = LoggerFactory.getLogger(UnknownNameSweeper.class);

    private final SignInGuard guard;
    private final AsPlatform platform;

    UnknownNameSweeper(SignInGuard guard, AsPlatform platform) {
        this.guard = guard;
        this.platform = platform;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void sweep() {
        try {
            platform.run(guard::forgetOldUnknownNames);
        } catch (RuntimeException e) {
            log.warn("Could not forget old sign-in failures of unknown names; will try again", e);
        }
    }
}
