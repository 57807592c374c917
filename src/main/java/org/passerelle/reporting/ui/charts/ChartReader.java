package org.passerelle.reporting.ui.charts;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * The person a chart is drawn for: their language (numbers, dates, words) and writing direction. Horizontal
 * positions are given from the start edge of the line, as a share of the width, and mirrored for right-to-left.
 */
public record ChartReader(Locale locale, boolean rightToLeft, ChartWords words) {

    String text(String key, Object... parameters) {
        return words.text(key, parameters);
    }

    String count(long count) {
        return NumberFormat.getIntegerInstance(locale).format(count);
    }

    /** A count with its share of a whole ("40 (33%)"), or the count alone when there is no whole. */
    String countAndShare(long count, long whole) {
        if (whole <= 0) {
            return count(count);
        }
        return count(count) + " (" + NumberFormat.getPercentInstance(locale).format((double) count / whole) + ")";
    }

    /** A point at {@code fromStart} percent of the width from the start edge. */
    String x(double fromStart) {
        return percent(rightToLeft ? 100 - fromStart : fromStart);
    }

    /** The left edge of a box {@code width} percent wide that begins {@code fromStart} percent from the start edge. */
    String boxX(double fromStart, double width) {
        return percent(rightToLeft ? 100 - fromStart - width : fromStart);
    }

    /** A small shift towards the end of the line, in ems (negative: towards the start). */
    String towardsEnd(double ems) {
        return em(rightToLeft ? -ems : ems);
    }

    String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }

    static String percent(double value) {
        return plain(value) + "%";
    }

    static String em(double value) {
        return plain(value) + "em";
    }

    /** At most two decimals and no trailing zeros: every byte of a chart travels to the reader. */
    static String plain(double value) {
        long hundredths = Math.round(value * 100);
        String sign = hundredths < 0 ? "-" : "";
        long whole = Math.abs(hundredths) / 100;
        long fraction = Math.abs(hundredths) % 100;
        if (fraction == 0) {
            return sign + whole;
        }
        String decimals = fraction % 10 == 0 ? String.valueOf(fraction / 10) : String.format("%02d", fraction);
        return sign + whole + "." + decimals;
    }
}
