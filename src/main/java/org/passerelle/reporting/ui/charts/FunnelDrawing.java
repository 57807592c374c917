package org.passerelle.reporting.ui.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a funnel (e.g. the modules of a course) as SVG: per stage, its name, then a bar for the learners who
 * reached it and one for those who completed it, each with its count and its share of the first stage's
 * "reached". Widths are shares of the container and heights are in ems, so the chart follows the container's
 * width while its text keeps the page's own font and size.
 */
public final class FunnelDrawing {

    /** About what a 320 px phone leaves for a label, in ems; longer names wrap to a second line. */
    static final double LABEL_WIDTH = 19;

    private static final double LINE = 1.25;
    private static final double BAR = 1.35;
    private static final double BAR_GAP = 0.2;
    private static final double STAGE_GAP = 1.0;
    /** A count goes inside its bar when the bar is at least this wide (percent), otherwise after its end. */
    private static final double INSIDE_FROM = 50;

    private FunnelDrawing() {}

    /** The whole figure: caption, legend, drawing and table, or the caption and a sentence when nobody is counted. */
    public static String figure(String title, List<FunnelStage> stages, ChartReader reader) {
        MarkupWriter markup = Figure.start(title);
        if (stages.stream().allMatch(stage -> stage.reached() == 0 && stage.completed() == 0)) {
            Figure.empty(markup, reader.text("chart.funnel.empty"));
            return Figure.end(markup);
        }
        String reached = reader.text("chart.funnel.reached");
        String completed = reader.text("chart.funnel.completed");
        Figure.legend(markup, reached, completed);
        drawing(markup, title, stages, reader);
        long first = stages.getFirst().reached();
        List<List<String>> rows = new ArrayList<>();
        for (FunnelStage stage : stages) {
            rows.add(List.of(
                    stage.label(),
                    reader.countAndShare(stage.reached(), first),
                    reader.countAndShare(stage.completed(), first)));
        }
        Figure.numbers(
                markup,
                reader.text("chart.show-numbers"),
                title,
                List.of(reader.text("chart.funnel.stage"), reached, completed),
                rows);
        return Figure.end(markup);
    }

    private static void drawing(MarkupWriter markup, String title, List<FunnelStage> stages, ChartReader reader) {
        List<List<String>> labels = stages.stream()
                .map(stage -> LabelLines.of(stage.label(), LABEL_WIDTH, 2))
                .toList();
        // First the layout: where each stage's bars begin, below its label.
        double[] barTops = new double[stages.size()];
        double y = 0;
        for (int i = 0; i < stages.size(); i++) {
            y += labels.get(i).size() * LINE + 0.3;
            barTops[i] = y;
            y += 2 * BAR + BAR_GAP + STAGE_GAP;
        }
        markup.open(
                "svg",
                "xmlns",
                "http://www.w3.org/2000/svg",
                "role",
                "img",
                "aria-label",
                summary(title, stages, reader),
                "width",
                "100%",
                "height",
                ChartReader.em(y - STAGE_GAP + 0.1),
                "direction",
                reader.direction(),
                "fill",
                "currentColor",
                // the outline of a full-width bar would otherwise lose half its stroke at the edges
                "overflow",
                "visible");
        markup.open("g", "font-weight", "600");
        for (int i = 0; i < stages.size(); i++) {
            label(
                    markup,
                    reader,
                    stages.get(i).label(),
                    labels.get(i),
                    barTops[i] - 0.3 - labels.get(i).size() * LINE);
        }
        markup.close("g");
        long widest = stages.stream()
                .mapToLong(stage -> Math.max(stage.reached(), stage.completed()))
                .max()
                .orElse(1);
        long first = stages.getFirst().reached();
        markup.open("g", "fill", Figure.LIGHT, "stroke", Figure.DARK, "stroke-width", "1.5");
        for (int i = 0; i < stages.size(); i++) {
            bar(markup, reader, barTops[i], stages.get(i).reached(), widest);
        }
        markup.close("g").open("g", "fill", Figure.DARK);
        for (int i = 0; i < stages.size(); i++) {
            bar(markup, reader, barTops[i] + BAR + BAR_GAP, stages.get(i).completed(), widest);
        }
        markup.close("g");
        for (int i = 0; i < stages.size(); i++) {
            FunnelStage stage = stages.get(i);
            count(
                    markup,
                    reader,
                    barTops[i],
                    stage.reached(),
                    widest,
                    reader.countAndShare(stage.reached(), first),
                    false);
            count(
                    markup,
                    reader,
                    barTops[i] + BAR + BAR_GAP,
                    stage.completed(),
                    widest,
                    reader.countAndShare(stage.completed(), first),
                    true);
        }
        markup.close("svg");
    }

    /** A stage's name on one or two lines; a name that had to be shortened keeps its whole text as a tooltip. */
    private static void label(MarkupWriter markup, ChartReader reader, String label, List<String> lines, double top) {
        if (lines.size() == 1) {
            markup.open("text", "x", reader.x(0), "y", ChartReader.em(top + LINE - 0.3))
                    .text(lines.getFirst());
        } else {
            markup.open("text");
            for (int line = 0; line < lines.size(); line++) {
                markup.element(
                        "tspan", lines.get(line), "x", reader.x(0), "y", ChartReader.em(top + (line + 1) * LINE - 0.3));
            }
        }
        if (lines.size() > 1 || !lines.getFirst().equals(label.strip())) {
            markup.element("title", label);
        }
        markup.close("text");
    }

    private static void bar(MarkupWriter markup, ChartReader reader, double y, long count, long widest) {
        if (count > 0) {
            double width = 100.0 * count / widest;
            markup.empty(
                    "rect",
                    "x",
                    reader.boxX(0, width),
                    "y",
                    ChartReader.em(y),
                    "width",
                    ChartReader.percent(width),
                    "height",
                    ChartReader.em(BAR));
        }
    }

    /** The count at the end of its bar: inside a long bar, after a short one. */
    private static void count(
            MarkupWriter markup, ChartReader reader, double y, long count, long widest, String label, boolean solid) {
        double width = 100.0 * count / widest;
        boolean inside = width >= INSIDE_FROM;
        markup.element(
                "text",
                label,
                "x",
                reader.x(width),
                // the middle of the bar, lowered by about half the height of a digit
                "y",
                ChartReader.em(y + BAR / 2 + 0.35),
                "dx",
                reader.towardsEnd(inside ? -0.4 : 0.4),
                "text-anchor",
                inside ? "end" : null,
                "fill",
                inside ? (solid ? Figure.TEXT_ON_DARK : Figure.TEXT_ON_LIGHT) : null);
    }

    private static String summary(String title, List<FunnelStage> stages, ChartReader reader) {
        FunnelStage first = stages.getFirst();
        FunnelStage last = stages.getLast();
        return reader.text(
                "chart.funnel.summary",
                title,
                first.label(),
                first.reached(),
                last.label(),
                reader.countAndShare(last.completed(), first.reached()));
    }
}
