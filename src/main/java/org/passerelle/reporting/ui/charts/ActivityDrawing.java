package org.passerelle.reporting.ui.charts;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Draws weekly activity as SVG: a bar per week for the active learners, a narrower solid bar inside it for the
 * completions when they are counted, a count axis with a few round values, short dates in the reader's language,
 * and the latest week stressed (darker bar, its count written above it, its date in bold).
 */
public final class ActivityDrawing {

    private static final double TOP = 1.6;
    private static final double PLOT = 9;
    private static final double BASE = TOP + PLOT;
    /** A cohort a few weeks old gets bars as wide as in an eight-week chart, from the start edge, not giant ones. */
    static final int MIN_SLOTS = 8;

    private ActivityDrawing() {}

    /** The whole figure: caption, legend, drawing and table, or the caption and a sentence when nothing happened. */
    public static String figure(String title, List<ActivityWeek> unsorted, ChartReader reader) {
        List<ActivityWeek> weeks = unsorted.stream()
                .sorted(Comparator.comparing(ActivityWeek::weekStart))
                .toList();
        MarkupWriter markup = Figure.start(title);
        if (weeks.stream()
                .allMatch(week -> week.active() == 0 && week.completions().orElse(0) == 0)) {
            Figure.empty(markup, reader.text("chart.weekly.empty"));
            return Figure.end(markup);
        }
        boolean completions = weeks.stream().anyMatch(week -> week.completions().isPresent());
        String active = reader.text("chart.weekly.active");
        String completed = completions ? reader.text("chart.weekly.completions") : null;
        Figure.legend(markup, active, completed);
        drawing(markup, title, weeks, completions, reader);
        DateTimeFormatter day =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(reader.locale());
        List<List<String>> rows = new ArrayList<>();
        for (ActivityWeek week : weeks) {
            List<String> row = new ArrayList<>(List.of(day.format(week.weekStart()), reader.count(week.active())));
            if (completions) {
                row.add(
                        week.completions().isPresent()
                                ? reader.count(week.completions().getAsLong())
                                : "–");
            }
            rows.add(row);
        }
        List<String> headers = new ArrayList<>(List.of(reader.text("chart.weekly.week"), active));
        if (completions) {
            headers.add(completed);
        }
        Figure.numbers(markup, reader.text("chart.show-numbers"), title, headers, rows);
        return Figure.end(markup);
    }

    private static void drawing(
            MarkupWriter markup, String title, List<ActivityWeek> weeks, boolean completions, ChartReader reader) {
        long highest = weeks.stream()
                .mapToLong(week -> Math.max(week.active(), week.completions().orElse(0)))
                .max()
                .orElse(0);
        Ticks ticks = Ticks.upTo(highest);
        markup.open(
                "svg",
                "xmlns",
                "http://www.w3.org/2000/svg",
                "role",
                "img",
                "aria-label",
                summary(title, weeks, highest, reader),
                "width",
                "100%",
                "height",
                ChartReader.em(BASE + 1.9),
                "direction",
                reader.direction(),
                "fill",
                "currentColor",
                "overflow",
                "visible");
        markup.open("g", "stroke", "#c8c8c8");
        for (long value : ticks.values()) {
            String y = ChartReader.em(y(value, ticks));
            markup.empty("line", "x1", "0", "x2", "100%", "y1", y, "y2", y, "stroke", value == 0 ? "#595959" : null);
        }
        markup.close("g");
        double slot = 100.0 / Math.max(MIN_SLOTS, weeks.size());
        int latest = weeks.size() - 1;
        markup.open("g", "fill", Figure.LIGHT, "stroke", Figure.DARK);
        for (int i = 0; i < weeks.size(); i++) {
            column(
                    markup,
                    reader,
                    i * slot + slot * 0.12,
                    slot * 0.76,
                    weeks.get(i).active(),
                    ticks,
                    i == latest);
        }
        markup.close("g").open("g", "fill", Figure.DARK);
        for (int i = 0; i < weeks.size(); i++) {
            long completed = weeks.get(i).completions().orElse(0);
            column(markup, reader, i * slot + slot * 0.32, slot * 0.36, completed, ticks, false);
        }
        markup.close("g");
        // Written over the bars, with a halo that keeps them legible where they cross one.
        markup.open("g", "stroke", "#fff", "stroke-width", "3", "paint-order", "stroke");
        for (long value : ticks.values().subList(1, ticks.values().size())) {
            markup.element("text", reader.count(value), "x", reader.x(0), "y", ChartReader.em(y(value, ticks) - 0.3));
        }
        // The latest count ends at the end edge, so it may reach over the weeks before: it rises above them.
        long underLabel = weeks.subList(Math.max(0, latest - 3), latest + 1).stream()
                .mapToLong(ActivityWeek::active)
                .max()
                .orElse(0);
        markup.element(
                "text",
                reader.count(weeks.get(latest).active()),
                "x",
                reader.x(weeks.size() * slot),
                "y",
                ChartReader.em(y(underLabel, ticks) - 0.35),
                "text-anchor",
                "end",
                "font-weight",
                "700");
        markup.close("g");
        WeekDates.draw(markup, reader, weeks, slot, BASE + 1.3);
        markup.close("svg");
    }

    /** One bar from the baseline; the latest week's active learners are darker and outlined more strongly. */
    private static void column(
            MarkupWriter markup,
            ChartReader reader,
            double start,
            double width,
            long count,
            Ticks ticks,
            boolean latest) {
        if (count == 0) {
            return;
        }
        double top = y(count, ticks);
        markup.empty(
                "rect",
                "x",
                reader.boxX(start, width),
                "y",
                ChartReader.em(top),
                "width",
                ChartReader.percent(width),
                "height",
                ChartReader.em(BASE - top),
                "fill",
                latest ? Figure.HIGHLIGHT : null,
                "stroke-width",
                latest ? "2" : null);
    }

    /** The height of a count, in ems from the top of the drawing. */
    private static double y(long count, Ticks ticks) {
        return BASE - PLOT * count / ticks.top();
    }

    private static String summary(String title, List<ActivityWeek> weeks, long highest, ChartReader reader) {
        DateTimeFormatter day =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(reader.locale());
        return reader.text(
                "chart.weekly.summary",
                title,
                weeks.size(),
                day.format(weeks.getFirst().weekStart()),
                day.format(weeks.getLast().weekStart()),
                weeks.getLast().active(),
                reader.count(highest));
    }
}
