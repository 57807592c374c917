package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;

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

    /** What sticks out past the right (or, right to left, the left) edge of the window: the deepest such elements. */
    private static final String STICKING_OUT = """
            const width = document.documentElement.clientWidth;
            const out = [...document.querySelectorAll('body *')].filter(e => {
                const box = e.getBoundingClientRect();
                return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5)
                    && !e.closest('[hidden], .skip-link');
            });
            return out.filter(e => !out.some(o => o !== e && e.contains(o)))
                .sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right)
                .slice(0, 5).map(e => {
                const box = e.getBoundingClientRect();
                return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined
                    ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')
                    + ' [' + Math.round(box.left) + '..' + Math.round(box.right) + '] '
                    + JSON.stringify((e.textContent || '').trim().slice(0, 60));
            }).join('\\n');
            """;

    /**
     * Checks the page as it stands once more at a phone's size (360 x 740, a touch screen), and that it does not
     * scroll sideways at 320 px, then gives the window its size back: the same document, laid out by the phone's
     * rules, without opening the page again.
     */
    static void checkOnAPhone(ChromeDriver driver, String page) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
        try {
            check(driver, page + " at 360 x 740");
            // The narrowest phones in use: the page fits their width (a wide table may scroll inside itself).
            driver.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", true));
            JavascriptExecutor js = (JavascriptExecutor) driver;
            Object overflow = js.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (((Number) overflow).longValue() > 0) {
                assertThat(((Number) overflow).longValue())
                        .as("pixels the page scrolls sideways at 320 px wide: " + page + ", past the edge:\n"
                                + js.executeScript(STICKING_OUT))
                        .isLessThanOrEqualTo(0);
            }
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** From now on, whether violations of any impact fail (and WCAG 2.2 AA is checked), or only serious ones. */
    static void failOnEveryImpact(boolean every) {
        everyImpact = every;
    }

    /**
     * axe.run in the page itself (Passerelle's pages have no frames) once it is drawn, returning only the violations,
     * each with the first three places it was found.
     */
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            const frame = () => new Promise(drawn => requestAnimationFrame(() => drawn()));
            // What the server sent is applied; grids may still be fetching or laying out their rows: axe reads the
            // page once they have, two frames later.
            const drawn = async () => {
                for (let i = 0; i < 300 && document.querySelector('vaadin-grid[loading]'); i++) await frame();
                await frame();
                await frame();
            };
            drawn().then(() => axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']}))
                .then(results => done(results.violations.map(rule => ({
                    id: rule.id, impact: rule.impact, help: rule.help,
                    at: rule.nodes.slice(0, 3).map(node => JSON.stringify(node.target)).join(', ')}))))
                .catch(error => done('axe failed: ' + error));
            """;

    @SuppressWarnings("unchecked")
    static void check(WebDriver driver, String page) {
        long started = System.nanoTime();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        // A page changed by Vaadin's router is the same document: axe is put in once per document.
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(source());
        }
        List<String> tags = everyImpact
                ? List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice")
                : List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
        Object found = js.executeAsyncScript(RUN, tags);
        JourneyTimes.add("axe", started);
        assertThat(found).as("axe's answer on %s", page).isInstanceOf(List.class);
        List<Map<String, Object>> blocking = ((List<Map<String, Object>>) found)
                .stream()
                        .filter(rule -> everyImpact || BLOCKING.contains(String.valueOf(rule.get("impact"))))
                        .toList();
        assertThat(blocking)
                .as(
                        "accessibility of %s (%s):%n%s",
                        page,
                        driver.getCurrentUrl(),
                        blocking.stream()
                                .map(rule -> "- " + rule.get("impact") + " " + rule.get("id") + ": " + rule.get("help")
                                        + " at " + rule.get("at"))
                                .collect(Collectors.joining("\n")))
                .isEmpty();
    }
}
