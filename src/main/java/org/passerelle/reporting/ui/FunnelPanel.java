package org.passerelle.reporting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passerelle.reporting.CohortReport;

/**
 * How many learners reached and completed each module, one compact table per course of the cohort: a row per
 * module, each count written out with its share of the learners who reached the first module, and a bar behind
 * it that only repeats the number for the eye.
 */
class FunnelPanel extends Div {

    FunnelPanel(List<CohortReport.Stage> stages, String title) {
        setId(ReportingIds.DASHBOARD_FUNNEL);
        addClassName("dashboard-panel");
        Map<String, List<CohortReport.Stage>> byCourse = new LinkedHashMap<>();
        for (CohortReport.Stage stage : stages) {
            byCourse.computeIfAbsent(stage.courseTitle(), course -> new ArrayList<>())
                    .add(stage);
        }
        if (byCourse.values().stream()
                .flatMap(List::stream)
                .allMatch(stage -> stage.reached() == 0 && stage.completed() == 0)) {
            Paragraph caption = new Paragraph(title);
            caption.addClassName("panel-title");
            add(caption);
            Paragraph none = new Paragraph(getTranslation("chart.funnel.empty"));
            none.addClassName("empty-state");
            add(none);
            return;
        }
        byCourse.forEach((course, modules) ->
                getElement().appendChild(table(byCourse.size() == 1 ? title : title + " — " + course, modules)));
    }

    private Element table(String title, List<CohortReport.Stage> modules) {
        Locale locale = getLocale();
        long first = modules.getFirst().reached();
        long widest = modules.stream()
                .mapToLong(stage -> Math.max(stage.reached(), stage.completed()))
                .max()
                .orElse(0);
        Element table = new Element("table");
        table.getClassList().add("funnel-table");
        Element caption = new Element("caption");
        caption.setText(title);
        Element head = new Element("tr");
        head.appendChild(
                header(getTranslation("dashboard.module")),
                header(getTranslation("chart.funnel.reached")),
                header(getTranslation("chart.funnel.completed")));
        Element body = new Element("tbody");
        for (CohortReport.Stage stage : modules) {
            Element row = new Element("tr");
            Element name = new Element("th");
            name.setAttribute("scope", "row");
            name.setAttribute("dir", "auto");
            name.setText(stage.moduleTitle());
            row.appendChild(
                    name,
                    count(getTranslation("chart.funnel.reached"), stage.reached(), first, widest, false, locale),
                    count(getTranslation("chart.funnel.completed"), stage.completed(), first, widest, true, locale));
            body.appendChild(row);
        }
        table.appendChild(caption, new Element("thead").appendChild(head), body);
        return table;
    }

    private static Element header(String text) {
        Element header = new Element("th");
        header.setAttribute("scope", "col");
        header.setText(text);
        return header;
    }

    /** A count with its share of the first module's learners, above a bar as long as the count. */
    private static Element count(String label, long count, long first, long widest, boolean completed, Locale locale) {
        Element cell = new Element("td");
        cell.setAttribute("data-label", label);
        Element number = new Element("span");
        number.getClassList().add("funnel-count");
        String text = NumberFormat.getIntegerInstance(locale).format(count);
        if (first > 0) {
            text += " (" + NumberFormat.getPercentInstance(locale).format((double) count / first) + ")";
        }
        number.setText(text);
        Element track = new Element("span");
        track.getClassList().add("funnel-track");
        track.setAttribute("aria-hidden", "true");
        Element bar = new Element("span");
        bar.getClassList().add("funnel-bar");
        if (completed) {
            bar.getClassList().add("funnel-bar-completed");
        }
        bar.getStyle().set("--share", (widest == 0 ? 0 : count * 100 / widest) + "%");
        track.appendChild(bar);
        cell.appendChild(number, track);
        return cell;
    }
}
