package org.passerelle.shared.ui;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates as the reader writes them, from the JDK's locale data in the interface language. */
public final class Dates {

    private Dates() {}

    /** The day of an instant, written out ("28 novembre 2026"). */
    public static String day(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(UI.getCurrent().getLocale())
                .format(instant.atZone(ZoneOffset.UTC));
    }
}
