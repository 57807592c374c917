package org.passerelle.reporting.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelLinesTest {

    @Test
    void aShortLabelStaysOnOneLine() {
        assertThat(LabelLines.of("Data, infrastructure and compute", 19, 2))
                .containsExactly("Data, infrastructure and compute");
    }

    @Test
    void aLongLabelBreaksBetweenWordsAndEndsWithAnEllipsisWhenItStillDoesNotFit() {
        assertThat(LabelLines.of("AI for development: health, agriculture and public services", 19, 2))
                .containsExactly("AI for development: health,", "agriculture and public services");
        assertThat(LabelLines.of("one two three four five six seven eight nine ten eleven twelve thirteen", 10, 2))
                .hasSize(2)
                .last()
                .asString()
                .endsWith("…");
    }

    @Test
    void chineseBreaksBetweenCharacters() {
        assertThat(LabelLines.of("人工智能治理与国际框架以及联合国大会决议", 12, 2)).containsExactly("人工智能治理与国际框架以", "及联合国大会决议");
    }
}
