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
    /** Dates under at most six weeks; on a narrow screen every other one is hidden ({@code chart-minor}). */
    private static final int DATES = 6;

    private ActivityDrawing() {}

    /** The whole figure: caption, legend, drawing and table, or the caption and a sentence when nothing happened. */
    public static String figure(String title, List<ActivityWeek> unsorted, Reader reader) {
        List<ActivityWeek> weeks = unsorted.stream()
                .sorted(Comparator.comparing(ActivityWeek::weekStart))
                .toList();
        Markup markup = Figure.start(title);
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
            Markup markup, String title, List<ActivityWeek> weeks, boolean completions, Reader reader) {
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
                Reader.em(BASE + 1.9),
                "direction",
                reader.direction());
        double slot = 100.0 / weeks.size();
        int latest = weeks.size() - 1;
        for (int i = 0; i < weeks.size(); i++) {
            ActivityWeek week = weeks.get(i);
            column(markup, reader, i * slot + slot * 0.12, slot * 0.76, week.active(), ticks, i == latest);
            if (completions && week.completions().orElse(0) > 0) {
                column(
                        markup,
                        reader,
                        i * slot + slot * 0.32,
                        slot * 0.36,
                        week.completions().getAsLong(),
                        ticks,
                        null);
            }
        }
        axis(markup, reader, ticks);
        markup.element(
                "text",
                reader.count(weeks.get(latest).active()),
                "x",
                reader.x(100),
                "y",
                Reader.em(y(weeks.get(latest).active(), ticks) - 0.35),
                "text-anchor",
                "end",
                "font-weight",
                "700",
                "fill",
                "currentColor");
        dates(markup, reader, weeks, slot);
        markup.close("svg");
    }

    /** One bar from the baseline; {@code latest} is null for a completions bar, which is always solid. */
    private static void column(
            Markup markup, Reader reader, double start, double width, long count, Ticks ticks, Boolean latest) {
        if (count == 0) {
            return;
        }
        double top = y(count, ticks);
        boolean solid = latest == null;
        markup.empty(
                "rect",
                "x",
                reader.boxX(start, width),
                "y",
                Reader.em(top),
                "width",
                Reader.percent(width),
                "height",
                Reader.em(BASE - top),
                "fill",
                solid ? Figure.DARK : latest ? Figure.HIGHLIGHT : Figure.LIGHT,
                "stroke",
                solid ? null : Figure.DARK,
                "stroke-width",
                solid ? null : latest ? "2" : "1");
    }

    private static void axis(Markup markup, Reader reader, Ticks ticks) {
        for (long value : ticks.values()) {
            double y = y(value, ticks);
            markup.empty(
                    "line",
                    "x1",
                    "0",
                    "x2",
                    "100%",
                    "y1",
                    Reader.em(y),
                    "y2",
                    Reader.em(y),
                    "stroke",
                    value == 0 ? "#595959" : "#c8c8c8");
            if (value > 0) {
                // A halo keeps the value legible where it crosses a bar.
                markup.element(
                        "text",
                        reader.count(value),
                        "x",
                        reader.x(0),
                        "y",
                        Reader.em(y - 0.3),
                        "fill",
                        "currentColor",
                        "stroke",
                        "#fff",
                        "stroke-width",
                        "3",
                        "paint-order",
                        "stroke");
            }
        }
    }

    private static void dates(Markup markup, Reader reader, List<ActivityWeek> weeks, double slot) {
        DateTimeFormatter shortDay =
                DateTimeFormatter.ofLocalizedPattern("MMMd").withLocale(reader.locale());
        int latest = weeks.size() - 1;
        int step = Math.max(1, (weeks.size() + DATES - 1) / DATES);
        for (int k = 0, i = latest; i >= 0; k++, i -= step) {
            String anchor = i == latest ? "end" : i < 3 ? "start" : "middle";
            double x = i == latest ? 100 : i < 3 ? i * slot : (i + 0.5) * slot;
            markup.element(
                    "text",
                    shortDay.format(weeks.get(i).weekStart()),
                    "x",
                    reader.x(x),
                    "y",
                    Reader.em(BASE + 1.3),
                    "text-anchor",
                    anchor,
                    "font-weight",
                    i == latest ? "700" : null,
                    "fill",
                    "currentColor",
                    "class",
                    k % 2 == 1 ? "chart-minor" : null);
        }
    }

    /** The height of a count, in ems from the top of the drawing. */
    private static double y(long count, Ticks ticks) {
        return BASE - PLOT * count / ticks.top();
    }

    private static String summary(String title, List<ActivityWeek> weeks, long highest, Reader reader) {
        DateTimeFormatter day =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(reader.locale());
        return reader.text(
                "chart.weekly.summary",
                title,
                reader.count(weeks.size()),
                day.format(weeks.getFirst().weekStart()),
                day.format(weeks.getLast().weekStart()),
                reader.count(weeks.getLast().active()),
                reader.count(highest));
    }
}
