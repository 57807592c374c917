package org.passerelle.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a message that could not be sent is tried again, and when it is given up on. */
class RetryRuleTest {

    static final Instant NOW = Instant.parse("2026-12-08T04:00:00Z");

    @Test
    void theWaitDoublesAfterEachFailureFromOneMinute() {
        RetryRule rule = RetryRule.DEFAULT;

        assertThat(rule.retryAt(1, false, NOW)).contains(NOW.plus(Duration.ofMinutes(1)));
        assertThat(rule.retryAt(2, false, NOW)).contains(NOW.plus(Duration.ofMinutes(2)));
        assertThat(rule.retryAt(3, false, NOW)).contains(NOW.plus(Duration.ofMinutes(4)));
        assertThat(rule.retryAt(7, false, NOW)).contains(NOW.plus(Duration.ofMinutes(64)));
    }

    @Test
    void theWaitNeverExceedsTheLongest() {
        RetryRule rule = RetryRule.DEFAULT;

        assertThat(rule.delayAfter(8)).isEqualTo(Duration.ofHours(2));
        assertThat(rule.delayAfter(9)).isEqualTo(Duration.ofHours(2));
        assertThat(new RetryRule(Duration.ofMinutes(1), Duration.ofHours(2), 100).delayAfter(90))
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void aMessageIsTriedTenTimesInAllOverAboutSixHoursThenGivenUp() {
        RetryRule rule = RetryRule.DEFAULT;
        Duration total = Duration.ZERO;
        for (int failed = 1; failed < 10; failed++) {
            assertThat(rule.retryAt(failed, false, NOW))
                    .as("after failure %d", failed)
                    .isPresent();
            total = total.plus(rule.delayAfter(failed));
        }

        assertThat(rule.retryAt(10, false, NOW)).isEmpty();
        assertThat(total).isEqualTo(Duration.ofMinutes(1 + 2 + 4 + 8 + 16 + 32 + 64 + 120 + 120));
    }

    @Test
    void aPermanentRefusalIsNotTriedAgain() {
        assertThat(RetryRule.DEFAULT.retryAt(1, true, NOW)).isEmpty();
    }

    @Test
    void aRuleThatCouldNeverSendIsRefused() {
        assertThatThrownBy(() -> new RetryRule(Duration.ZERO, Duration.ofHours(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryRule(Duration.ofMinutes(1), Duration.ofHours(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
