package org.passerelle.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import org.passerelle.learning.StepRef;
import org.passerelle.shared.Language;
import org.passerelle.shared.ui.WrittenIn;

/** Small pieces the learner's pages share: safe course HTML, progress bars, numbers and dates, step links. */
final class Pieces {

    private Pieces() {}

    /** Course text already rendered and sanitised on the server, in its own language and direction. */
    static Div courseHtml(String safeHtml, Language language) {
        Div div = new Div();
        div.getElement().setProperty("innerHTML", safeHtml);
        return WrittenIn.language(div, language);
    }

    /** A native progress bar with its label: light, and read out by screen readers. */
    static Div progress(Component in, int done, int total, String id) {
        Element bar = new Element("progress");
        bar.setAttribute("max", String.valueOf(Math.max(total, 1)));
        bar.setAttribute("value", String.valueOf(done));
        bar.setAttribute("id", id);
        Paragraph label = new Paragraph(in.getTranslation("learn.progress", done, total));
        label.setId(id + "-label");
        bar.setAttribute("aria-labelledby", id + "-label");
        Div box = new Div(label);
        box.getElement().appendChild(bar);
        box.addClassName("progress");
        return box;
    }

    static String percent(Component in, BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(
                com.vaadin.flow.component.UI.getCurrent().getLocale());
        format.setMaximumFractionDigits(value.stripTrailingZeros().scale() > 0 ? 1 : 0);
        return format.format(value);
    }

    static String date(Component in, Instant instant) {
        return org.passerelle.shared.ui.Dates.day(instant);
    }

    static String href(StepRef step) {
        return step.quiz()
                ? "course/" + step.courseId() + "/quiz/" + step.module()
                : "course/" + step.courseId() + "/lesson/" + step.module() + "/" + step.lesson();
    }
}
