package org.passerelle.reporting.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.shared.Language;
import org.w3c.dom.Element;

class ActivityDrawingTest {

    static List<ActivityWeek> weeks(int count) {
        List<ActivityWeek> weeks = new ArrayList<>();
        LocalDate monday = LocalDate.of(2026, 6, 1);
        for (int i = 0; i < count; i++) {
            long active = 20 + (i * 37 % 23) + i * 3;
            weeks.add(new ActivityWeek(monday.plusWeeks(i), active, i % 3 == 0 ? 0 : active / 5));
        }
        return weeks;
    }

    private static final List<ActivityWeek> FOUR = List.of(
            new ActivityWeek(LocalDate.of(2026, 11, 16), 90, 5),
            new ActivityWeek(LocalDate.of(2026, 11, 2), 30, 0),
            new ActivityWeek(LocalDate.of(2026, 11, 9), 137, 12),
            new ActivityWeek(LocalDate.of(2026, 11, 23), 45, 3));

    private final Drawn english = new Drawn(ActivityDrawing.figure("Weekly activity", FOUR, Drawn.reader(Language.EN)));

    @Test
    void barsStandAsHighAsTheirCountsOnARoundAxis() {
        assertThat(english.texts("//g[@paint-order]/text[not(@font-weight)]")).containsExactly("50", "100", "150");
        List<Element> active = english.all("//g[@stroke='#0b5c8f']/rect");
        assertThat(active).hasSize(4);
        double[] heights =
                active.stream().mapToDouble(bar -> Drawn.em(bar, "height")).toArray();
        assertThat(heights[0] / 30).isCloseTo(heights[1] / 137, within(1e-3));
        assertThat(heights[2] / 90).isCloseTo(heights[3] / 45, within(1e-3));
        assertThat(heights[1] / heights[3]).isCloseTo(137.0 / 45, within(0.01));
    }

    @Test
    void weeksAreDrawnInOrderOfTimeWhateverTheOrderGiven() {
        List<Element> active = english.all("//g[@stroke='#0b5c8f']/rect");
        double[] starts =
                active.stream().mapToDouble(bar -> Drawn.percent(bar, "x")).toArray();
        assertThat(starts).isSorted();
        assertThat(Drawn.em(active.get(0), "height")).isLessThan(Drawn.em(active.get(1), "height"));
    }

    @Test
    void theLatestWeekStandsOutWithItsCountWritten() {
        List<Element> active = english.all("//g[@stroke='#0b5c8f']/rect");
        assertThat(active.getLast().getAttribute("fill"))
                .isNotEqualTo(active.getFirst().getAttribute("fill"));
        assertThat(active.getLast().getAttribute("stroke-width")).isEqualTo("2");
        assertThat(english.texts("//svg//text[@font-weight='700']")).containsExactly("45", "Nov 23");
    }

    @Test
    void completionsAreNarrowSolidBarsInsideTheirWeek() {
        List<Element> completions = english.all("//g[@fill='#0b5c8f' and not(@stroke)]/rect");
        assertThat(completions).hasSize(3);
        assertThat(Drawn.percent(completions.get(0), "width"))
                .isLessThan(
                        Drawn.percent(english.all("//g[@stroke='#0b5c8f']/rect").get(0), "width"));
        assertThat(english.texts("//ul[@class='chart-legend']/li")).containsExactly("Active learners", "Completions");
    }

    @Test
    void theTableHoldsEveryWeekWithItsDateInTheReadersLanguage() {
        Drawn french = new Drawn(ActivityDrawing.figure("Activité", FOUR, Drawn.reader(Language.FR)));
        assertThat(french.texts("//table/thead/tr/th"))
                .containsExactly("Semaine du", "Apprenants actifs", "Cours terminés");
        assertThat(french.texts("//table/tbody/tr/th[@scope='row']"))
                .containsExactly("2 nov. 2026", "9 nov. 2026", "16 nov. 2026", "23 nov. 2026");
        assertThat(french.texts("//table/tbody/tr/td")).containsExactly("30", "0", "137", "12", "90", "5", "45", "3");
        assertThat(french.texts("//svg//text[@font-weight='700']")).containsExactly("45", "23 nov.");
    }

    @Test
    void theDrawingIsAnImageSummarisedInASentence() {
        Element svg = english.all("//svg").getFirst();
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-label"))
                .isEqualTo(
                        "Weekly activity: 4 weeks from Nov 2, 2026 to Nov 23, 2026. Latest week: 45 active learners; highest week: 137.");
    }

    @Test
    void withoutCompletionsOnlyTheActiveLearnersAreShown() {
        Drawn plain = new Drawn(ActivityDrawing.figure(
                "Activity", List.of(new ActivityWeek(LocalDate.of(2026, 1, 5), 7)), Drawn.reader(Language.EN)));
        assertThat(plain.all("//rect")).hasSize(1);
        assertThat(plain.texts("//table/thead/tr/th")).containsExactly("Week of", "Active learners");
        assertThat(plain.texts("//ul[@class='chart-legend']/li")).containsExactly("Active learners");
    }

    @Test
    void inArabicTheLatestWeekIsOnTheLeftAndTheAxisOnTheRight() {
        Drawn arabic = new Drawn(ActivityDrawing.figure("النشاط", FOUR, Drawn.reader(Language.AR)));
        List<Element> active = arabic.all("//g[@stroke='#0b5c8f']/rect");
        assertThat(Drawn.percent(active.getLast(), "x")).isLessThan(Drawn.percent(active.getFirst(), "x"));
        assertThat(Drawn.percent(active.getFirst(), "x") + Drawn.percent(active.getFirst(), "width"))
                .isCloseTo(98.5, within(0.01));
        assertThat(arabic.all("//g[@paint-order]/text[not(@font-weight)]"))
                .allSatisfy(tick -> assertThat(tick.getAttribute("x")).isEqualTo("100%"));
    }

    @Test
    void aFewWeeksAreBarsOfAnEightWeekChartFromTheStartEdgeNotGiantOnes() {
        List<Element> active = english.all("//g[@stroke='#0b5c8f']/rect");
        assertThat(active)
                .hasSize(4)
                .allSatisfy(bar -> assertThat(Drawn.percent(bar, "width")).isCloseTo(9.5, within(0.01)));
        assertThat(Drawn.percent(active.getLast(), "x") + Drawn.percent(active.getLast(), "width"))
                .isCloseTo(48.5, within(0.01));
        assertThat(english.all("//text[@text-anchor='end' and @font-weight='700']"))
                .as("the latest count and date end where the fourth week ends, half-way across")
                .hasSize(2)
                .allSatisfy(text -> assertThat(text.getAttribute("x")).isEqualTo("50%"));
    }

    @Test
    void dateLabelsAreFewEnoughToRead() {
        Drawn half = new Drawn(ActivityDrawing.figure("Activity", weeks(26), Drawn.reader(Language.EN)));
        assertThat(half.all("//g[@stroke='#0b5c8f']/rect")).hasSize(26);
        List<Element> dates = half.all("//g[@text-anchor='middle']/text");
        assertThat(dates).hasSizeBetween(4, 6);
        assertThat(dates.stream()
                        .filter(date -> !"chart-minor".equals(date.getAttribute("class")))
                        .count())
                .isBetween(2L, 3L);
    }

    @Test
    void aQuietPeriodSaysSoInsteadOfDrawingAnEmptyFrame() {
        List<ActivityWeek> quiet = List.of(
                new ActivityWeek(LocalDate.of(2026, 1, 5), 0), new ActivityWeek(LocalDate.of(2026, 1, 12), 0, 0));
        for (List<ActivityWeek> nothing : List.of(List.<ActivityWeek>of(), quiet)) {
            Drawn empty = new Drawn(ActivityDrawing.figure("Activity", nothing, Drawn.reader(Language.ES)));
            assertThat(empty.all("//svg")).isEmpty();
            assertThat(empty.texts("//p[@class='empty-state']"))
                    .containsExactly("Todavía no hay actividad de los participantes en estas semanas.");
        }
    }
}
