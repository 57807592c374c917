package org.passerelle.reporting.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.shared.Language;
import org.w3c.dom.Element;

class FunnelDrawingTest {

    static final List<FunnelStage> MODULES = List.of(
            new FunnelStage("What AI is and how it works", 120, 96),
            new FunnelStage("AI for development: health, agriculture and public services", 90, 71),
            new FunnelStage("Data, infrastructure and compute", 64, 50),
            new FunnelStage("AI governance and international frameworks", 48, 33),
            new FunnelStage("Building a national AI strategy", 30, 21),
            new FunnelStage("International cooperation and closing the AI divide", 24, 12));

    private final Drawn english =
            new Drawn(FunnelDrawing.figure("Progress through the modules", MODULES, Drawn.reader(Language.EN)));

    @Test
    void barsAreAsLongAsTheirCountsAgainstTheLargest() {
        List<Element> reached = english.all("//g[@stroke]/rect");
        List<Element> completed = english.all("//g[not(@stroke)]/rect");
        assertThat(reached).hasSize(6);
        assertThat(completed).hasSize(6);
        assertThat(Drawn.percent(reached.get(0), "width")).isEqualTo(100);
        assertThat(Drawn.percent(completed.get(0), "width")).isCloseTo(80, within(0.01));
        assertThat(Drawn.percent(reached.get(5), "width")).isCloseTo(20, within(0.01));
        assertThat(Drawn.percent(completed.get(5), "width")).isCloseTo(10, within(0.01));
        List<Element> bars = english.all("//rect");
        assertThat(bars).allSatisfy(bar -> assertThat(Drawn.percent(bar, "x")).isZero());
    }

    @Test
    void eachBarCarriesItsCountAndItsShareOfTheFirstStage() {
        assertThat(english.texts("//svg/text[@dx]"))
                .startsWith("120 (100%)", "96 (80%)", "90 (75%)")
                .endsWith("24 (20%)", "12 (10%)");
    }

    @Test
    void reachedAndCompletedDifferByMoreThanColour() {
        Element reached = english.all("//g[rect]").get(0);
        Element completed = english.all("//g[rect]").get(1);
        assertThat(reached.getAttribute("stroke")).as("reached: outlined").isNotEmpty();
        assertThat(completed.getAttribute("stroke")).as("completed: solid").isEmpty();
        assertThat(completed.getAttribute("fill")).isNotEqualTo(reached.getAttribute("fill"));
        assertThat(english.texts("//ul[@class='chart-legend']/li")).containsExactly("Reached", "Completed");
    }

    @Test
    void theTableHoldsTheSameNumbersAsTheBars() {
        List<String> drawn = english.texts("//svg/text[@dx]");
        List<String> cells = english.texts("//table/tbody/tr/td");
        assertThat(cells).isEqualTo(drawn);
        assertThat(english.texts("//table/tbody/tr/th[@scope='row']"))
                .containsExactlyElementsOf(
                        MODULES.stream().map(FunnelStage::label).toList());
        assertThat(english.texts("//table/thead/tr/th[@scope='col']")).containsExactly("Stage", "Reached", "Completed");
        assertThat(english.texts("//table/caption")).containsExactly("Progress through the modules");
        assertThat(english.texts("//details/summary")).containsExactly("Show the numbers");
    }

    @Test
    void theDrawingIsAnImageNamedBySentenceWithTheKeyNumbers() {
        Element svg = english.all("//svg").getFirst();
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-label"))
                .isEqualTo("Progress through the modules: 120 learners reached What AI is and how it works;"
                        + " 12 (10%) completed International cooperation and closing the AI divide.");
        assertThat(svg.getAttribute("width")).isEqualTo("100%");
    }

    @Test
    void labelsThatLookLikeMarkupStayText() {
        String label = "<script>alert('x')</script> Health & \"agriculture\"";
        String title = "R&D <b>funnel</b>";
        String markup = FunnelDrawing.figure(title, List.of(new FunnelStage(label, 5, 2)), Drawn.reader(Language.EN));
        assertThat(markup)
                .doesNotContain("<script", "<b>")
                .contains("&lt;script&gt;", "R&amp;D", "Health &amp; &quot;agriculture&quot;");
        Drawn drawn = new Drawn(markup);
        assertThat(drawn.texts("//table/tbody/tr/th")).containsExactly(label);
        assertThat(drawn.texts("//figcaption")).containsExactly(title);
        assertThat(drawn.all("//svg").getFirst().getAttribute("aria-label")).contains(label);
    }

    @Test
    void inArabicTheBarsGrowFromTheRight() {
        Drawn arabic = new Drawn(FunnelDrawing.figure("تقدم", MODULES, Drawn.reader(Language.AR)));
        assertThat(arabic.all("//svg").getFirst().getAttribute("direction")).isEqualTo("rtl");
        List<Element> bars = arabic.all("//rect");
        assertThat(bars)
                .allSatisfy(bar -> assertThat(Drawn.percent(bar, "x") + Drawn.percent(bar, "width"))
                        .isCloseTo(100, within(0.01)));
        assertThat(Drawn.percent(bars.get(11), "x")).isCloseTo(90, within(0.01));
        assertThat(arabic.all("//svg/g[@font-weight]//*[@x]"))
                .allSatisfy(label -> assertThat(label.getAttribute("x")).isEqualTo("100%"));
        assertThat(arabic.texts("//svg/text[@dx]")).first().asString().startsWith("120");
    }

    @Test
    void longLabelsWrapToTwoLinesAndKeepTheirFullNameAsATooltip() {
        assertThat(english.all("//svg/g[@font-weight]/text")).hasSize(MODULES.size());
        assertThat(english.texts("//svg/g[@font-weight]/text[2]/tspan"))
                .containsExactly("AI for development: health,", "agriculture and public services");
        Element secondModule = english.all("//svg/g/text[title]").getFirst();
        assertThat(secondModule.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("AI for development: health, agriculture and public services");
    }

    @Test
    void withNobodyCountedTheFigureSaysSoInsteadOfDrawingAnEmptyFrame() {
        for (List<FunnelStage> nothing : List.of(List.<FunnelStage>of(), List.of(new FunnelStage("Module 1", 0, 0)))) {
            Drawn empty = new Drawn(FunnelDrawing.figure("Progress", nothing, Drawn.reader(Language.FR)));
            assertThat(empty.all("//svg")).isEmpty();
            assertThat(empty.all("//table")).isEmpty();
            assertThat(empty.texts("//p[@class='empty-state']"))
                    .containsExactly("Aucun apprenant n’a encore atteint ces étapes.");
        }
    }
}
