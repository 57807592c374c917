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
    public static String figure(String title, List<FunnelStage> stages, Reader reader) {
        Markup markup = Figure.start(title);
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

    private static void drawing(Markup markup, String title, List<FunnelStage> stages, Reader reader) {
        List<List<String>> labels = stages.stream()
                .map(stage -> LabelLines.of(stage.label(), LABEL_WIDTH, 2))
                .toList();
        double height = labels.stream()
                        .mapToDouble(lines -> lines.size() * LINE + 0.3 + 2 * BAR + BAR_GAP)
                        .sum()
                + STAGE_GAP * (stages.size() - 1)
                + 0.1;
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
                Reader.em(height),
                "direction",
                reader.direction());
        long widest = stages.stream()
                .mapToLong(stage -> Math.max(stage.reached(), stage.completed()))
                .max()
                .orElse(1);
        long first = stages.getFirst().reached();
        double y = 0;
        for (int i = 0; i < stages.size(); i++) {
            FunnelStage stage = stages.get(i);
            List<String> lines = labels.get(i);
            for (String line : lines) {
                y += LINE;
                markup.open(
                        "text",
                        "x",
                        reader.x(0),
                        "y",
                        Reader.em(y - 0.3),
                        "font-weight",
                        "600",
                        "fill",
                        "currentColor");
                markup.text(line);
                if (lines.size() > 1 || !line.equals(stage.label().strip())) {
                    markup.element("title", stage.label());
                }
                markup.close("text");
            }
            y += 0.3;
            bar(markup, reader, y, stage.reached(), widest, reader.countAndShare(stage.reached(), first), false);
            y += BAR + BAR_GAP;
            bar(markup, reader, y, stage.completed(), widest, reader.countAndShare(stage.completed(), first), true);
            y += BAR + STAGE_GAP;
        }
        markup.close("svg");
    }

    private static void bar(
            Markup markup, Reader reader, double y, long count, long widest, String label, boolean solid) {
        double width = 100.0 * count / widest;
        if (count > 0) {
            markup.empty(
                    "rect",
                    "x",
                    reader.boxX(0, width),
                    "y",
                    Reader.em(y),
                    "width",
                    Reader.percent(width),
                    "height",
                    Reader.em(BAR),
                    "fill",
                    solid ? Figure.DARK : Figure.LIGHT,
                    "stroke",
                    solid ? null : Figure.DARK,
                    "stroke-width",
                    solid ? null : "1.5");
        }
        boolean inside = width >= INSIDE_FROM;
        markup.element(
                "text",
                label,
                "x",
                reader.x(width),
                "y",
                Reader.em(y + BAR / 2),
                "dx",
                reader.towardsEnd(inside ? -0.4 : 0.4),
                "dominant-baseline",
                "central",
                "text-anchor",
                inside ? "end" : "start",
                "fill",
                inside ? (solid ? Figure.TEXT_ON_DARK : Figure.TEXT_ON_LIGHT) : "currentColor");
    }

    private static String summary(String title, List<FunnelStage> stages, Reader reader) {
        FunnelStage first = stages.getFirst();
        FunnelStage last = stages.getLast();
        return reader.text(
                "chart.funnel.summary",
                title,
                first.label(),
                reader.count(first.reached()),
                last.label(),
                reader.countAndShare(last.completed(), first.reached()));
    }
}
