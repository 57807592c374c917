package org.passerelle.journeys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * A headless Chromium with a profile of its own (empty cache, no cookies) behind Chromium's own network
 * emulation: 400 ms round trip, 50,000 bytes/s (400 kbit/s) each way. Every page it opens notes, in the
 * page, when the sign-in form and the lesson text are first painted (a mutation observer, then the next frame).
 */
final class SlowLink implements AutoCloseable {

    static final int ROUND_TRIP_MS = 400;
    static final int BYTES_PER_SECOND = 50_000;

    /** Runs before the page's own scripts on every new document. */
    private static final String PROBE = """
            (() => {
              // The first frame after the element is in the document: no frame is drawn while a stylesheet that
              // blocks rendering is on its way, so this is when the text is painted, not merely parsed.
              const painted = name => {
                window['__' + name + 'Seen'] = true;
                requestAnimationFrame(() => { window['__' + name + 'ShownAt'] = performance.now(); });
              };
              const seen = () => {
                if (!window.__signInSeen && document.querySelector('#sign-in input[name=username]')) {
                  painted('signIn');
                }
                const text = document.getElementById('lesson-text');
                if (!window.__lessonSeen && text && text.textContent.trim()) {
                  painted('lesson');
                }
              };
              new MutationObserver(seen).observe(document, {childList: true, subtree: true, characterData: true});
            })();
            """;

    /** Bytes of this document so far: its navigation entry and every resource (Resource Timing transfer sizes). */
    static final String BYTES = """
            const navigation = performance.getEntriesByType('navigation');
            const resources = performance.getEntriesByType('resource');
            return resources.reduce((sum, e) => sum + e.transferSize,
                navigation.length ? navigation[0].transferSize : 0);
            """;

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final Path profile;

    private SlowLink(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(90), Duration.ofMillis(50));
    }

    static SlowLink open() throws IOException {
        Path profile = Files.createTempDirectory("slownet-profile-");
        ChromeDriver driver =
                Browser.start("--user-data-dir=" + profile, "--disable-quic", "--lang=en-US", "--window-size=1280,900");
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of(
                        "offline", false,
                        "latency", ROUND_TRIP_MS,
                        "downloadThroughput", BYTES_PER_SECOND,
                        "uploadThroughput", BYTES_PER_SECOND));
        driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PROBE));
        return new SlowLink(driver, profile);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    double number(String script, Object... arguments) {
        return ((Number) script(script, arguments)).doubleValue();
    }

    /** Milliseconds from this document's navigation start until the probe saw {@code what} ("lesson", "signIn"). */
    double shownAfterNavigation(String what) {
        String variable = "window.__" + what + "ShownAt";
        wait.until(d -> script("return " + variable + " !== undefined") instanceof Boolean b && b);
        return number("return " + variable);
    }

    /** Waits until Vaadin has nothing in flight and every image and font has arrived, so the byte count is whole. */
    void settled() {
        wait.until(d -> Boolean.TRUE.equals(script(Browser.VAADIN_IDLE
                + " && document.readyState === 'complete'"
                + " && Array.from(document.images).every(i => i.complete)"
                + " && document.fonts.status === 'loaded'")));
    }

    long documentBytes() {
        return (long) number(BYTES);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }
}
