package org.passerelle.credentials;

import com.ibm.icu.text.MessageFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.passerelle.shared.Countries;
import org.passerelle.shared.Language;

/**
 * The words of a certificate in its language, from the interface's translation bundles; dates, numbers and
 * country names from the JDK's locale data.
 */
final class CertificateTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Language language;
    private final ResourceBundle bundle;

    CertificateTexts(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(
                "vaadin-i18n.translations", language == Language.EN ? Locale.ROOT : language.locale(), NO_FALLBACK);
    }

    /** A text; arguments are given as strings, already written for the reader. */
    String get(String key, String... arguments) {
        String text = bundle.getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, language.locale()).format(arguments);
    }

    /** The day of an instant, written out ("20 novembre 2026"). */
    String day(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(language.locale())
                .format(instant.atZone(ZoneOffset.UTC));
    }

    /** Cohort, country and score, those the record has, on one line. */
    String facts(RecordSummary record) {
        List<String> facts = new ArrayList<>();
        if (record.cohortName() != null && !record.cohortName().isBlank()) {
            facts.add(get("certificate.cohort", record.cohortName()));
        }
        if (record.country() != null && !record.country().isBlank()) {
            facts.add(get("certificate.country", Countries.name(record.country(), language.locale())));
        }
        if (record.score() != null) {
            NumberFormat percent = NumberFormat.getPercentInstance(language.locale());
            percent.setMaximumFractionDigits(1);
            BigDecimal fraction = record.score().divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP);
            facts.add(get("certificate.score", percent.format(fraction)));
        }
        return String.join("   ·   ", facts);
    }
}
