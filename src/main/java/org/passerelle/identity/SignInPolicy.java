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
 */
@ConfigurationProperties("passerelle.sign-in")
public record SignInPolicy(
        int accountThreshold,
        Duration firstLock,
        Duration longestLock,
        int addressFreeFailures,
        Duration addressWindow,
        Duration longestAddressDelay) {

    public SignInPolicy {
        accountThreshold = accountThreshold > 0 ? accountThreshold : 5;
        firstLock = firstLock != null ? firstLock : Duration.ofMinutes(1);
        longestLock = longestLock != null ? longestLock : Duration.ofHours(1);
        addressFreeFailures = addressFreeFailures > 0 ? addressFreeFailures : 10;
        addressWindow = addressWindow != null ? addressWindow : Duration.ofMinutes(15);
        longestAddressDelay = longestAddressDelay != null ? longestAddressDelay : Duration.ofMinutes(5);
    }
}
