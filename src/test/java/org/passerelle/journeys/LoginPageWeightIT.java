package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bytes are the learner's money: a browser with an empty cache must get the login page in at most 100 KB (issue 17).
 * Bytes, unlike time, do not depend on the machine's load, so the budget can be a test.
 */
class LoginPageWeightIT extends BrowserJourney {

    static final long BUDGET_BYTES = 100 * 1024;

    @Test
    void aFreshBrowserGetsTheLoginPageWithinTheBudget() {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        try {
            driver.manage().deleteAllCookies();
            new SignInPage(this).open();
            Number bytes = (Number) driver.executeScript("""
                    const navigation = performance.getEntriesByType('navigation')[0];
                    return performance.getEntriesByType('resource')
                        .reduce((sum, entry) => sum + entry.transferSize, navigation.transferSize);
                    """);
            System.out.println(
                    "resources: "
                            + driver.executeScript(
                                    "return performance.getEntriesByType('resource').map(e => e.transferSize + ' ' + e.name).join(' | ')"));
            Number requests =
                    (Number) driver.executeScript("return performance.getEntriesByType('resource').length + 1");
            System.out.printf(
                    "login page, fresh browser: %d bytes (%.1f KB) in %d requests%n",
                    bytes.longValue(), bytes.longValue() / 1024.0, requests.intValue());
            assertThat(bytes.longValue()).isPositive().isLessThanOrEqualTo(BUDGET_BYTES);
        } finally {
            driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
        }
    }
}
