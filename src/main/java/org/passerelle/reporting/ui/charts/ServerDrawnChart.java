package org.passerelle.reporting.ui.charts;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import org.passerelle.shared.Language;

/**
 * A chart drawn on the server and sent as markup. Flow's element API would create {@code <svg>} in the HTML
 * namespace, where browsers do not draw it; the HTML parser behind {@code innerHTML} puts it in the SVG
 * namespace. The markup is built from escaped text only (see {@link MarkupWriter}); no chart code reaches the browser.
 */
abstract class ServerDrawnChart extends Div implements LocaleChangeObserver {

    ServerDrawnChart() {
        addClassName("chart-box");
        // The drawing takes the width of its box, so the box takes the width it is given.
        setWidthFull();
    }

    /** The chart's markup for this reader. */
    abstract String draw(ChartReader reader);

    /** Draws again with new data; a chart not yet attached draws when it is, in the reader's language. */
    void redraw() {
        if (isAttached()) {
            ChartReader reader =
                    new ChartReader(getLocale(), Language.closestTo(getLocale()).rightToLeft(), this::getTranslation);
            getElement().setProperty("innerHTML", draw(reader));
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        redraw();
    }
}
