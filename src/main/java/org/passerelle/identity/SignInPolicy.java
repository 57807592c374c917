package org.passerelle.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How sign-in failures are throttled.
 *
 * @param accountThreshold consecutive failures that lock an account
 * @param firstLock how long the first lock lasts; each further lock lasts twice as long
 * @param longestLock the ceiling of a lock
 * @param addressFreeFailures failures from one network address within {@code addressWindow} before slowing it
 * @param addressWindow how long an address's failures are remembered
 * @param longestAddressDelay the ceiling of the wait imposed on an address
 * @param forgetFailuresAfter how long after its last failure a name's (an account's or not) failures and locks are
 *     forgotten; at least the longest lock
 */
@ConfigurationProperties("passerelle.sign-in")
public record SignInPolicy(
        int accountThreshold,
        Duration firstLock,
        Duration longestLock,
        int addressFreeFailures,
        Duration addressWindow,
        Duration longestAddressDelay,
        Duration forgetFailuresAfter) {

    public SignInPolicy {
        accountThreshold = accountThreshold > 0 ? accountThreshold : 5;
        firstLock = firstLock != null ? firstLock : Duration.ofMinutes(1);
        longestLock = longestLock != null ? longestLock : Duration.ofHours(1);
        addressFreeFailures = addressFreeFailures > 0 ? addressFreeFailures : 10;
        addressWindow = addressWindow != null ? addressWindow : Duration.ofMinutes(15);
        longestAddressDelay = longestAddressDelay != null ? longestAddressDelay : Duration.ofMinutes(5);
        forgetFailuresAfter = forgetFailuresAfter != null ? forgetFailuresAfter : Duration.ofDays(1);
        if (forgetFailuresAfter.compareTo(longestLock) < 0) {
            forgetFailuresAfter = longestLock;
        }
    }
}
