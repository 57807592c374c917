package org.passerelle.reporting.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.passerelle.journeys.Browser;
import org.passerelle.shared.Language;

/**
 * The charts' markup in a real Chromium: it must be drawn as SVG (not unknown HTML elements), with visible
 * bars, in both directions and at phone and desktop widths. Leaves {@code target/charts-*.png} to look at.
 */
class ChartsInChromiumIT {

    private static final Path TARGET = Path.of("target");
    private static ChromeDriver chromium;

    @BeforeAll
    static void startChromium() {
        chromium = Browser.start("--hide-scrollbars");
    }

    @AfterAll
    static void stopChromium() {
        chromium.quit();
    }

    @Test
    void chartsAreDrawnAsSvgWithVisibleBarsInBothDirectionsAndWidths() throws IOException {
        Path preview = write("charts-preview.html", ChartsPreview.page());
        for (String direction : List.of("ltr", "rtl")) {
            Path page = write("charts-preview-" + direction + ".html", ChartsPreview.page(direction.equals("rtl")));
            for (Map.Entry<String, Integer> width :
                    Map.of("phone", 360, "desktop", 1040).entrySet()) {
                chromium.manage().window().setSize(new Dimension(width.getValue(), 2400));
                chromium.get(page.toUri().toString());
                assertDrawn(direction.equals("rtl"));
                js("document.querySelectorAll('details').forEach(d => d.open = true)");
                assertAccessible();
                js("document.querySelectorAll('details').forEach(d => d.open = false)");
                String name = "charts-" + width.getKey() + "-" + direction;
                screenshot(name + ".png");
                List<WebElement> figures = chromium.findElements(By.tagName("figure"));
                Files.write(TARGET.resolve(name + "-weekly.png"), figures.get(0).getScreenshotAs(OutputType.BYTES));
            }
        }
        chromium.manage().window().setSize(new Dimension(1100, 2400));
        chromium.get(preview.toUri().toString());
        Object openedTable = js("const d = document.querySelector('details'); d.open = true;"
                + " return d.querySelector('table').getBoundingClientRect().height;");
        assertThat(((Number) openedTable).doubleValue())
                .as("the numbers table, once shown")
                .isGreaterThan(100);
        screenshot("charts-preview.png");
    }

    @Test
    void aLabelThatLooksLikeAScriptIsShownAsText() throws IOException {
        String label = "<script>document.title='hacked'</script> R&D";
        Path page = write(
                "charts-escaping.html",
                ChartsPreview.wrap(
                        false, ActivityDrawing.figure(label, ActivityDrawingTest.weeks(3), Drawn.reader(Language.EN))));
        chromium.get(page.toUri().toString());
        assertThat(js("return document.querySelectorAll('script').length")).isEqualTo(0L);
        assertThat(chromium.getTitle()).isNotEqualTo("hacked");
        assertThat((String) js("return document.querySelector('figcaption').textContent"))
                .isEqualTo(label);
    }

    private void assertDrawn(boolean rightToLeft) {
        assertThat(js("return [...document.querySelectorAll('svg')].every(s => s instanceof SVGSVGElement)"))
                .as("every chart is a real SVG element")
                .isEqualTo(true);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> bars = (List<Map<String, Object>>)
                js(
                        "return [...document.querySelectorAll('rect')].map(r => {"
                                + " const b = r.getBoundingClientRect(), s = r.ownerSVGElement.getBoundingClientRect();"
                                + " return {width: b.width, height: b.height, left: b.left - s.left, right: s.right - b.right}; })");
        assertThat(bars).hasSizeGreaterThan(30);
        assertThat(bars).allSatisfy(bar -> {
            assertThat(((Number) bar.get("width")).doubleValue()).isPositive();
            assertThat(((Number) bar.get("height")).doubleValue()).isPositive();
        });
        // The weeks run from the start edge: the first week's bar is nearer to it than the last week's.
        String startEdge = rightToLeft ? "right" : "left";
        assertThat(((Number) bars.getFirst().get(startEdge)).doubleValue())
                .isLessThan(((Number) bars.getLast().get(startEdge)).doubleValue());
    }

    /** axe-core with the tags the journeys use: no serious or critical violation, tables open. */
    private void assertAccessible() {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze(chromium);
        assertThat(results.getViolations().stream()
                        .filter(rule -> List.of("serious", "critical").contains(rule.getImpact()))
                        .map(rule -> rule.getId() + ": " + rule.getHelp())
                        .toList())
                .isEmpty();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) chromium).executeScript(script);
    }

    private void screenshot(String name) throws IOException {
        Files.write(TARGET.resolve(name), chromium.getScreenshotAs(OutputType.BYTES));
    }

    private static Path write(String name, String html) throws IOException {
        Files.createDirectories(TARGET);
        return Files.writeString(TARGET.resolve(name), html).toAbsolutePath();
    }
}
