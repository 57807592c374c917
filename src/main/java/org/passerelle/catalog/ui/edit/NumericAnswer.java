package org.passerelle.catalog.ui.edit;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A numeric answer as an author types it: a number ({@code 2024}), a number with a tolerance ({@code 5:0.5} or
 * {@code 5±0.5}) or a range ({@code 1..10}). A decimal comma is read like a decimal point, as authors in French,
 * Spanish or Russian write it. Numbers are kept the way the GIFT reader keeps them, so that they compare equal.
 */
final class NumericAnswer {

    private NumericAnswer() {}

    /** The smallest and largest accepted values, or null when the text is not a number, tolerance or range. */
    static BigDecimal @Nullable [] parse(String typed) {
        String value = typed.strip().replace(',', '.');
        int dots = value.indexOf("..");
        if (dots > 0) {
            BigDecimal min = number(value.substring(0, dots));
            BigDecimal max = number(value.substring(dots + 2));
            return min == null || max == null ? null : new BigDecimal[] {min, max};
        }
        int plusMinus = value.indexOf('±');
        int colon = plusMinus > 0 ? plusMinus : value.indexOf(':');
        if (colon > 0) {
            BigDecimal answer = number(value.substring(0, colon));
            BigDecimal tolerance = number(value.substring(colon + 1));
            if (answer == null || tolerance == null || tolerance.signum() < 0) {
                return null;
            }
            return new BigDecimal[] {normal(answer.subtract(tolerance)), normal(answer.add(tolerance))};
        }
        BigDecimal exact = number(value);
        return exact == null ? null : new BigDecimal[] {exact, exact};
    }

    /** A number, or null when the text is not one. */
    static @Nullable BigDecimal number(String typed) {
        try {
            return normal(new BigDecimal(typed.strip().replace(',', '.')));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal normal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
