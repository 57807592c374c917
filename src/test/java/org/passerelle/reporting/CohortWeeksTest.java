package org.passerelle.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The weekly chart shows the cohort's own weeks, not the half-year the rollup keeps. */
class CohortWeeksTest {

    static final LocalDate CURRENT_WEEK = LocalDate.of(2026, 12, 7);

    /** The 26 weeks the rollup stores up to the current week, with activity in the weeks given. */
    static List<CohortReport.Week> stored(LocalDate... activeWeeks) {
        List<CohortReport.Week> weeks = new ArrayList<>();
        for (int i = DashboardRollup.WEEKS - 1; i >= 0; i--) {
            LocalDate start = CURRENT_WEEK.minusWeeks(i);
            weeks.add(new CohortReport.Week(start, List.of(activeWeeks).contains(start) ? 3 : 0, 0));
        }
        return weeks;
    }

    static List<LocalDate> starts(List<CohortReport.Week> weeks) {
        return weeks.stream().map(CohortReport.Week::start).toList();
    }

    @Test
    void aCohortStartedLastWeekShowsTwoWeeksNotHalfAYear() {
        List<CohortReport.Week> shown = ReportDetails.cohortWeeks(stored(CURRENT_WEEK), LocalDate.of(2026, 12, 1));

        assertThat(starts(shown)).containsExactly(LocalDate.of(2026, 11, 30), CURRENT_WEEK);
        assertThat(shown.getLast().active()).isEqualTo(3);
    }

    @Test
    void learnersActiveBeforeTheStartAreShownFromTheirFirstWeek() {
        LocalDate early = LocalDate.of(2026, 11, 16);

        List<CohortReport.Week> shown =
                ReportDetails.cohortWeeks(stored(early, CURRENT_WEEK), LocalDate.of(2026, 12, 1));

        assertThat(shown.getFirst().start()).isEqualTo(early);
        assertThat(shown).hasSize(4);
    }

    @Test
    void aQuietStartIsStillShownFromTheWeekTheCohortBegan() {
        List<CohortReport.Week> shown = ReportDetails.cohortWeeks(stored(CURRENT_WEEK), LocalDate.of(2026, 10, 1));

        assertThat(shown.getFirst().start()).isEqualTo(LocalDate.of(2026, 9, 28));
        assertThat(shown.getLast().start()).isEqualTo(CURRENT_WEEK);
    }

    @Test
    void aCohortOlderThanHalfAYearShowsEveryStoredWeek() {
        assertThat(ReportDetails.cohortWeeks(stored(), LocalDate.of(2025, 1, 6)))
                .hasSize(DashboardRollup.WEEKS);
    }

    @Test
    void aCohortThatHasNotBegunShowsOnlyTheCurrentWeek() {
        assertThat(starts(ReportDetails.cohortWeeks(stored(), LocalDate.of(2027, 2, 1))))
                .containsExactly(CURRENT_WEEK);
    }
}
