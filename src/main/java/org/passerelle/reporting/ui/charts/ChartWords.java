package org.passerelle.reporting.ui.charts;

/** Where a chart takes its words from: the translation bundles in the app ({@code getTranslation}), anything in tests. */
@FunctionalInterface
public interface ChartWords {

    String text(String key, Object... parameters);
}
