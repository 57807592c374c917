package org.passerelle.reporting.ui.charts;

import java.util.List;
import java.util.Objects;

/**
 * How far learners got, stage by stage (e.g. the modules of a course): reached and completed per stage as
 * horizontal bars, with the same numbers as a table behind "Show the numbers". Drawn on the server as SVG.
 */
public class FunnelChart extends ServerDrawnChart {

    private final String title;
    private final List<FunnelStage> stages;

    public FunnelChart(String title, List<FunnelStage> stages) {
        this.title = Objects.requireNonNull(title, "title");
        this.stages = List.copyOf(stages);
        addClassName("funnel-chart");
    }

    @Override
    String draw(ChartReader reader) {
        return FunnelDrawing.figure(title, stages, reader);
    }
}
