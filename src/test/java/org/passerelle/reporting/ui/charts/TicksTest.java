package org.passerelle.reporting.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TicksTest {

    @Test
    void axisValuesAreRoundAndCoverTheHighestCount() {
        assertThat(Ticks.upTo(137).values()).containsExactly(0L, 50L, 100L, 150L);
        assertThat(Ticks.upTo(42).values()).containsExactly(0L, 20L, 40L, 60L);
        assertThat(Ticks.upTo(7).values()).containsExactly(0L, 2L, 4L, 6L, 8L);
        assertThat(Ticks.upTo(100).values()).containsExactly(0L, 50L, 100L);
        assertThat(Ticks.upTo(1).values()).containsExactly(0L, 1L);
        assertThat(Ticks.upTo(0).values()).containsExactly(0L, 1L);
        assertThat(Ticks.upTo(12_345).top()).isEqualTo(15_000L);
    }
}
