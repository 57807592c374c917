package org.passerelle.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.math.BigDecimal;
import java.text.NumberFormat;

/** How far a learner has come, shown alike on every learner's page: a progress bar, and scores in percent. */
final class Progress {

    private Progress() {}

    /** A native progress bar with its label: light, and read out by screen readers. */
    static Div bar(Component in, int done, int total, String id) {
        Paragraph label = new Paragraph(in.getTranslation("learn.progress", done, total));
        label.setId(id + "-label");
        Element bar = progress(done, total).setAttribute("id", id).setAttribute("aria-labelledby", id + "-label");
        Div box = new Div(label);
        box.getElement().appendChild(bar);
        box.addClassName("progress");
        return box;
    }

    /** The same bar without a visible label, for a bar with little room: screen readers still read its words. */
    static Div slim(Component in, int done, int total) {
        Div box = new Div();
        box.getElement()
                .appendChild(progress(done, total)
                        .setAttribute("aria-label", in.getTranslation("learn.progress", done, total)));
        box.addClassName("progress");
        return box;
    }

    private static Element progress(int done, int total) {
        return new Element("progress")
                .setAttribute("max", String.valueOf(Math.max(total, 1)))
                .setAttribute("value", String.valueOf(done));
    }

    /** A score out of 100 as the reader writes numbers, with one decimal only when it has one. */
    static String percent(BigDecimal score) {
        NumberFormat format = NumberFormat.getNumberInstance(UI.getCurrent().getLocale());
        format.setMaximumFractionDigits(score.stripTrailingZeros().scale() > 0 ? 1 : 0);
        return format.format(score);
    }
}
