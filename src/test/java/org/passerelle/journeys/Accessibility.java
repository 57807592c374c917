package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** axe-core on the page as it stands; serious and critical violations fail the journey. */
final class Accessibility {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private Accessibility() {}

    static void check(WebDriver driver, String page) {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze(driver);
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
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
