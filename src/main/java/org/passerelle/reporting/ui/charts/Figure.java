package org.passerelle.reporting.ui.charts;

import java.util.List;

/**
 * What every chart has around its drawing: a caption, a legend, the same numbers as a table behind "Show the
 * numbers", or a sentence when there is nothing to draw. Plain HTML, so no component code reaches the browser.
 */
final class Figure {

    /** The two shades: light with a dark outline for "how many were there", solid dark for "how many finished". */
    static final String LIGHT = "#d6e6f4";

    static final String HIGHLIGHT = "#9cc3e6";
    static final String DARK = "#0b5c8f";
    static final String TEXT_ON_LIGHT = "#1a1a1a";
    static final String TEXT_ON_DARK = "#fff";

    /** Until these few rules move into the app's style sheet (a bundle rebuild), each chart carries them. */
    private static final String STYLE = "<style>"
            + ".chart figcaption{font-weight:600;margin-block-end:.4em}"
            + ".chart-legend{display:flex;flex-wrap:wrap;gap:.2em 1.2em;margin:0 0 .4em;padding:0;list-style:none}"
            + ".chart-legend span{display:inline-block;box-sizing:border-box;width:1em;height:1em;"
            + "margin-inline-end:.4em;vertical-align:-.15em}"
            + ".chart-numbers{overflow-x:auto}"
            + ".chart-numbers th,.chart-numbers td{padding:.2em .6em;text-align:end;font-weight:400}"
            + ".chart-numbers thead th{font-weight:600}"
            + ".chart-numbers caption{text-align:start;font-weight:600}"
            + ".chart-numbers th:first-child{text-align:start}"
            // Every other date is hidden in a narrow chart; the media query serves browsers without container queries.
            + ".chart{container-type:inline-size}"
            + "@container (max-width:36em){.chart-minor{display:none}}"
            + "@media (max-width:40em){.chart-minor{display:none}}"
            + "</style>";

    private Figure() {}

    static MarkupWriter start(String title) {
        return new MarkupWriter()
                .open("figure", "class", "chart", "style", "margin:0 0 1.5em")
                .fixed(STYLE)
                .element("figcaption", title);
    }

    static String end(MarkupWriter markup) {
        return markup.close("figure").toString();
    }

    static void empty(MarkupWriter markup, String sentence) {
        markup.element("p", sentence, "class", "empty-state");
    }

    /** The key to the shades; hidden from screen readers, who get the table instead of the picture. */
    static void legend(MarkupWriter markup, String light, String dark) {
        // dark is null when the chart draws only the light shade
        markup.open("ul", "class", "chart-legend", "aria-hidden", "true");
        markup.open("li")
                .element("span", "", "style", "background:" + LIGHT + ";border:2px solid " + DARK)
                .text(light)
                .close("li");
        if (dark != null) {
            markup.open("li")
                    .element("span", "", "style", "background:" + DARK)
                    .text(dark)
                    .close("li");
        }
        markup.close("ul");
    }

    /** The drawn numbers as a real table: the first column names each row, the others are the counts. */
    static void numbers(
            MarkupWriter markup, String showNumbers, String caption, List<String> headers, List<List<String>> rows) {
        markup.open("details", "class", "chart-numbers")
                .element("summary", showNumbers)
                .open("table")
                .element("caption", caption)
                .open("thead")
                .open("tr");
        headers.forEach(header -> markup.element("th", header, "scope", "col"));
        markup.close("tr").close("thead").open("tbody");
        for (List<String> row : rows) {
            markup.open("tr").element("th", row.getFirst(), "scope", "row");
            row.subList(1, row.size()).forEach(cell -> markup.element("td", cell));
            markup.close("tr");
        }
        markup.close("tbody").close("table").close("details");
    }
}
