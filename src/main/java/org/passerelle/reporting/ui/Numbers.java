package org.passerelle.reporting.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Numbers, shares and times on dashboards, written as the reader writes them (JDK locale data). */
final class Numbers {

    private Numbers() {}

    static String whole(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    static String percent(int whole, Locale locale) {
        return NumberFormat.getPercentInstance(locale).format(whole / 100.0);
    }

    static String share(double share, Locale locale) {
        return NumberFormat.getPercentInstance(locale).format(share);
    }

    /** A score out of 100, or a dash when there is none. */
    static String score(BigDecimal score, Locale locale) {
        if (score == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(score);
    }

    static String day(Instant instant, Locale locale) {
        return instant == null
                ? "–"
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(instant.atZone(ZoneOffset.UTC));
    }

    static String date(LocalDate date, Locale locale) {
        return date == null
                ? "–"
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(date);
    }

    static String time(Instant instant) {
        return DateTimeFormatter.ofPattern("HH:mm 'UTC'").format(instant.atZone(ZoneOffset.UTC));
    }
}
