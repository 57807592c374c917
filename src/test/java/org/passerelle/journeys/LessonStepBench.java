package org.passerelle.journeys;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.passerelle.identity.Role;
import org.passerelle.shared.Language;

/**
 * Moving from one lesson to the next in a warm browser: bytes transferred beyond the lesson's own images,
 * the server's response time and the time until the next lesson's text is shown. Run with
 * {@code ./mvnw -Pbench verify}; prints medians of 24 moves.
 */
class LessonStepBench extends BrowserJourney {

    static final String COURSE = "/course/ai-public-policy";

    @Test
    void nextLesson() {
        String username = newAccount(Role.LEARNER, "KE", Language.EN);
        signInAndWaitForHome(username, DEMO_PASSWORD);
        open(COURSE, "#enrol");
        driver.findElement(By.id("enrol")).click();
        ready("#continue");

        // First pass: "Mark as completed and continue" through every lesson, skipping the quizzes.
        List<Map<String, Object>> completing = new ArrayList<>();
        List<String> modules = List.of(
                "01-what-is-ai",
                "02-ai-for-development",
                "03-data-infrastructure-compute",
                "04-governance-frameworks",
                "05-national-strategy",
                "06-cooperation-ai-divide");
        List<String> firstLessons = new ArrayList<>();
        for (String module : modules) {
            open(COURSE, "#outline");
            String first = driver.findElement(By.cssSelector("a[href*='/lesson/" + module + "/']"))
                    .getDomAttribute("href");
            firstLessons.add(first);
            driver.get(url("/" + first));
            waitForLesson();
            for (int lesson = 0; lesson < 2; lesson++) {
                completing.add(move("complete-lesson"));
            }
            driver.findElement(By.id("complete-lesson")).click();
            until(d -> d.getCurrentUrl().contains("/quiz/"));
        }
        // Second and third passes: the "Next" link between completed lessons.
        List<Map<String, Object>> next = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (String first : firstLessons) {
                driver.get(url("/" + first));
                waitForLesson();
                for (int lesson = 0; lesson < 2; lesson++) {
                    next.add(move("next"));
                }
            }
        }
        report("complete and continue", completing);
        report("next lesson", next);
    }

    private Map<String, Object> move(String id) {
        JavascriptExecutor js = driver;
        Object before = js.executeScript("return document.querySelector('#lesson h1').textContent");
        js.executeScript("performance.clearResourceTimings(); window.__t0 = performance.now();");
        driver.findElement(By.id(id)).click();
        until(d -> Boolean.TRUE.equals(js.executeScript(
                "const title = document.querySelector('#lesson h1');"
                        + "return !!title && title.textContent !== arguments[0] && !!document.getElementById('lesson-text')"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive());",
                before)));
        @SuppressWarnings("unchecked")
        Map<String, Object> sample = (Map<String, Object>) js.executeScript("""
                const entries = performance.getEntriesByType('resource');
                const images = entries.filter(e => e.initiatorType === 'img');
                const others = entries.filter(e => e.initiatorType !== 'img');
                const uidl = others.filter(e => e.name.includes('v-r=uidl'));
                return {
                  bytes: others.reduce((sum, e) => sum + e.transferSize, 0),
                  imageBytes: images.reduce((sum, e) => sum + e.transferSize, 0),
                  requests: others.length,
                  server: uidl.length ? Math.max(...uidl.map(e => e.responseStart - e.requestStart)) : -1,
                  shown: uidl.length ? Math.max(...uidl.map(e => e.responseEnd)) - window.__t0 : -1,
                  urls: others.map(e => e.name.replace(/^https?:\\/\\/[^/]+/, '') + ' ' + e.transferSize).join(', ')
                };
                """);
        return sample;
    }

    private void waitForLesson() {
        until(d -> !d.findElements(By.id("lesson-text")).isEmpty()
                && Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(Browser.VAADIN_IDLE)));
    }

    private static void report(String label, List<Map<String, Object>> samples) {
        System.out.printf(
                "BENCH lesson step | %-22s | %d moves | median %.1f KB transferred (max %.1f KB) + images median %.1f KB"
                        + " | server median %.1f ms | response complete median %.0f ms after the click | requests %s%n",
                label,
                samples.size(),
                median(samples, "bytes") / 1024,
                max(samples, "bytes") / 1024,
                median(samples, "imageBytes") / 1024,
                median(samples, "server"),
                median(samples, "shown"),
                samples.getFirst().get("urls"));
    }

    private static double median(List<Map<String, Object>> samples, String key) {
        List<Double> values = new ArrayList<>(
                samples.stream().map(s -> ((Number) s.get(key)).doubleValue()).toList());
        Collections.sort(values);
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }

    private static double max(List<Map<String, Object>> samples, String key) {
        return samples.stream()
                .mapToDouble(s -> ((Number) s.get(key)).doubleValue())
                .max()
                .orElse(0);
    }
}
