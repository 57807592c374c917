package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core on the page as it stands; serious and critical violations fail the journey, and in the accessibility
 * journey violations of any impact.
 */
final class Accessibility {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    /** Set by the accessibility journey: every violation, of any impact, fails, and WCAG 2.2 AA is checked too. */
    private static volatile boolean everyImpact;

    private static String source;

    private Accessibility() {}

    private static synchronized String source() {
        if (source == null) {
            try {
                source = new AxeBuilder().getAxeScriptProvider().getScript();
            } catch (Exception e) {
                throw new IllegalStateException("axe-core's script could not be read", e);
            }
        }
        return source;
    }

    /**
     * Checks the page as it stands once more at a phone's size (360 x 740, a touch screen), then gives the window its
     * size back: the same document, laid out by the phone's rules, without opening the page again.
     */
    static void checkOnAPhone(ChromeDriver driver, String page) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
        try {
            check(driver, page + " at 360 x 740");
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** From now on, whether violations of any impact fail (and WCAG 2.2 AA is checked), or only serious ones. */
    static void failOnEveryImpact(boolean every) {
        everyImpact = every;
    }

    static void check(WebDriver driver, String page) {
        AxeRunOptions options = new AxeRunOptions();
        // Only violations are read: passes and inapplicable rules need not travel back.
        options.setResultTypes(List.of("violations"));
        AxeBuilder axe = new AxeBuilder()
                .withTags(
                        everyImpact
                                ? List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice")
                                : List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .withOptions(options)
                // Passerelle's pages have no frames: axe.run in the page itself, instead of a partial run per frame
                // finished in a window opened for it at every check.
                .disableIframeTesting()
                .setLegacyMode(true);
        // A page changed by Vaadin's router is the same document: axe is put in once per document.
        axe.setInjectAxe(browser -> {
            JavascriptExecutor js = (JavascriptExecutor) browser;
            if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
                js.executeScript(source());
            }
        });
        Results results = axe.analyze(driver);
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> everyImpact || BLOCKING.contains(rule.getImpact()))
                .toList();
        assertThat(blocking)
                .as(
                        "accessibility of %s (%s):%n%s",
                        page,
                        driver.getCurrentUrl(),
                        blocking.stream()
                                .map(rule ->
                                        "- " + rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                                                + rule.getNodes().stream()
                                                        .map(node -> String.valueOf(node.getTarget()))
                                                        .limit(3)
                                                        .collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("\n")))
                .isEmpty();
    }
}
