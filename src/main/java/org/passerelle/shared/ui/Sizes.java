package org.passerelle.shared.ui;

import java.text.NumberFormat;
import java.util.Locale;

/** File sizes as people read them: 24 KB, 1.3 MB. */
public final class Sizes {

    private Sizes() {}

    public static String of(long bytes, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        if (bytes < 1024 * 1024) {
            return format.format(Math.max(1, Math.round(bytes / 1024.0))) + " KB";
        }
        return format.format(bytes / (1024.0 * 1024.0)) + " MB";
    }
}
