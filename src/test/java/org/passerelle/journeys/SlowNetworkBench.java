package org.passerelle.journeys;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.passerelle.identity.Role;
import org.passerelle.learning.LearningService;
import org.passerelle.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A learner on a slow link (400 kbit/s each way, 400 ms round trip; {@link SlowLink}) follows a link to the first
 * lesson of the flagship course in a browser that never saw Passerelle, signs in, reads it, comes back to it
 * later, then moves on. Prints, over 5 fresh browsers, median and maximum times until the lesson text is shown,
 * and the bytes transferred. Run with {@code ./mvnw -Pbench verify -Dtest=SlowNetworkBench}.
 */
class SlowNetworkBench extends BrowserJourney {

    static final String COURSE = "ai-public-policy";
    static final String LESSON = "/course/" + COURSE + "/lesson/01-what-is-ai/01-defining-ai";
    static final int RUNS = Integer.getInteger("slownet.runs", 5);

    record Sample(double millis, long bytes, long requests) {}

    @Autowired
    LearningService learning;

    @Test
    void aLearnerOnASlowLink() throws Exception {
        Map<String, List<Sample>> samples = new LinkedHashMap<>();
        for (int run = 0; run < RUNS; run++) {
            String username = newAccount(Role.LEARNER, "KE", Language.EN);
            signedIn.as(username);
            try {
                learning.enrol(COURSE);
            } finally {
                signedIn.out();
            }
            try (SlowLink link = SlowLink.open()) {
                visit(link, username, samples, run == 0);
            }
        }
        System.out.printf(
                "BENCH slow network | %d ms round trip, %d bytes/s each way (Chromium's emulation), %d fresh browsers%n",
                SlowLink.ROUND_TRIP_MS, SlowLink.BYTES_PER_SECOND, RUNS);
        samples.forEach(SlowNetworkBench::report);
    }

    private void visit(SlowLink link, String username, Map<String, List<Sample>> samples, boolean detail) {
        // A link to the lesson, followed signed out: the sign-in page, then the lesson.
        link.driver.get(url(LESSON));
        Sample signInPage = new Sample(link.shownAfterNavigation("signIn"), 0, 0);
        link.settled();
        signInPage = new Sample(signInPage.millis(), link.documentBytes(), requests(link));
        if (detail) {
            printResources(link, "sign-in page");
        }
        link.driver.findElement(By.cssSelector("#sign-in input[name=username]")).sendKeys(username);
        WebElement password = link.driver.findElement(By.cssSelector("#sign-in input[name=password]"));
        password.sendKeys(DEMO_PASSWORD);
        password.sendKeys(Keys.ENTER);
        // The lesson's document starts with the form's submission (the redirects belong to it).
        try {
            link.wait.until(d -> d.getCurrentUrl().contains(LESSON)
                    && Boolean.TRUE.equals(link.script("return window.__lessonShownAt !== undefined")));
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "After sign-in the browser is on " + link.driver.getCurrentUrl()
                            + ", not showing the lesson the link asked for",
                    e);
        }
        Sample afterSignIn = new Sample(link.shownAfterNavigation("lesson"), 0, 0);
        link.settled();
        afterSignIn = new Sample(afterSignIn.millis(), link.documentBytes(), requests(link));
        if (detail) {
            printResources(link, "lesson after sign-in");
        }
        add(samples, "cold: sign-in page shown", signInPage);
        add(samples, "cold: lesson after sign-in", afterSignIn);
        add(
                samples,
                "cold: both (typing apart)",
                new Sample(
                        signInPage.millis() + afterSignIn.millis(),
                        signInPage.bytes() + afterSignIn.bytes(),
                        signInPage.requests() + afterSignIn.requests()));

        // A lesson opened with an empty cache (as after the browser's "clear cached files"), still signed in.
        link.driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        link.driver.get(url(LESSON));
        Sample cold = new Sample(link.shownAfterNavigation("lesson"), 0, 0);
        link.settled();
        add(samples, "cold: lesson, signed in", new Sample(cold.millis(), link.documentBytes(), requests(link)));
        if (detail) {
            printResources(link, "cold lesson, signed in");
        }

        // Later, in the same browser: the same lesson opened again.
        link.driver.get(url(LESSON));
        Sample warm = new Sample(link.shownAfterNavigation("lesson"), 0, 0);
        link.settled();
        add(samples, "warm: same lesson again", new Sample(warm.millis(), link.documentBytes(), requests(link)));
        if (detail) {
            printResources(link, "warm revisit");
        }

        add(samples, "complete and continue", move(link, "complete-lesson"));
        link.driver.findElement(By.id("previous")).click();
        link.wait.until(d -> !d.findElements(By.id("next")).isEmpty());
        link.settled();
        add(samples, "next lesson (Next link)", move(link, "next"));
    }

    /** Clicks, in the lesson page, and times until another lesson's text is shown, in the page's own clock. */
    private Sample move(SlowLink link, String id) {
        link.script("""
                const before = document.querySelector('#lesson h1').textContent;
                window.__move = {};
                document.addEventListener('click', () => { window.__move.clickedAt = performance.now(); },
                    {capture: true, once: true});
                const observer = new MutationObserver(() => {
                  const title = document.querySelector('#lesson h1');
                  const text = document.getElementById('lesson-text');
                  if (title && title.textContent !== before && text && text.textContent.trim()) {
                    window.__move.shownAt = performance.now();
                    observer.disconnect();
                  }
                });
                observer.observe(document.body, {childList: true, subtree: true, characterData: true});
                performance.clearResourceTimings();
                """);
        link.driver.findElement(By.id(id)).click();
        link.wait.until(d -> Boolean.TRUE.equals(link.script("return window.__move.shownAt !== undefined")));
        link.settled();
        return new Sample(
                link.number("return window.__move.shownAt - window.__move.clickedAt"),
                (long) link.number("return performance.getEntriesByType('resource')"
                        + ".reduce((sum, e) => sum + e.transferSize, 0)"),
                requests(link));
    }

    /** Requests that went over the link (not served from the cache), the document's own included. */
    private static long requests(SlowLink link) {
        return (long) link.number("return performance.getEntriesByType('navigation')"
                + ".concat(performance.getEntriesByType('resource')).filter(e => e.transferSize > 0).length");
    }

    private static void printResources(SlowLink link, String label) {
        System.out.println("BENCH slow network | detail | " + label + " | "
                + link.script("return performance.getEntriesByType('navigation')"
                        + ".concat(performance.getEntriesByType('resource'))"
                        + ".map(e => e.name.replace(/^https?:\\/\\/[^/]+/, '') + ' ' + e.transferSize + ' B ('"
                        + " + e.encodedBodySize + ' body, ' + e.decodedBodySize + ' decoded) '"
                        + " + Math.round(e.startTime) + '-' + Math.round(e.responseEnd) + ' ms').join(' | ')"));
    }

    private static void add(Map<String, List<Sample>> samples, String label, Sample sample) {
        samples.computeIfAbsent(label, k -> new ArrayList<>()).add(sample);
    }

    private static void report(String label, List<Sample> samples) {
        List<Double> millis =
                new ArrayList<>(samples.stream().map(Sample::millis).toList());
        millis.sort(Comparator.naturalOrder());
        List<Double> bytes =
                new ArrayList<>(samples.stream().map(s -> (double) s.bytes()).toList());
        bytes.sort(Comparator.naturalOrder());
        System.out.printf(
                "BENCH slow network | %-28s | shown after median %5.0f ms, max %5.0f ms | %6.1f KB median (max %.1f KB)"
                        + " in %d requests over the link | each: %s%n",
                label,
                median(millis),
                millis.getLast(),
                median(bytes) / 1024,
                bytes.getLast() / 1024,
                samples.getFirst().requests(),
                String.join(
                        ", ",
                        samples.stream().map(s -> "%.0f".formatted(s.millis())).toList()));
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
