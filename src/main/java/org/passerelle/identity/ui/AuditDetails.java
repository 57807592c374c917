package org.passerelle.identity.ui;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.passerelle.identity.AuditDetail;
import org.passerelle.identity.Role;
import org.passerelle.shared.Countries;
import org.passerelle.shared.Language;

/** An audit entry's detail in the reader's language; older entries and free text (a reason) as they were written. */
final class AuditDetails {

    private final Component in;
    private final Locale locale;

    AuditDetails(Component in, Locale locale) {
        this.in = in;
        this.locale = locale;
    }

    String show(AuditDetail detail) {
        if (detail == null) {
            return "";
        }
        if (detail.isText()) {
            return detail.values().getFirst();
        }
        List<String> values = detail.values();
        return switch (detail.key()) {
            case AuditDetail.USER_CREATED ->
                in.getTranslation(detail.key(), roles(value(values, 0)), country(value(values, 1)));
            case AuditDetail.USER_UPDATED -> in.getTranslation(detail.key(), account(values, 0), account(values, 4));
            case AuditDetail.LOCKED_UNTIL -> in.getTranslation(detail.key(), moment(value(values, 0)));
            case AuditDetail.BULK_ENROLMENT ->
                in.getTranslation(detail.key(), number(value(values, 0)), number(value(values, 1)));
            case AuditDetail.ACCOUNTS_PENDING -> in.getTranslation(detail.key(), number(value(values, 0)));
            default -> String.join(" ", values);
        };
    }

    private String account(List<String> values, int from) {
        return in.getTranslation(
                "audit.detail.account",
                roles(value(values, from)),
                country(value(values, from + 1)),
                Language.ofCode(value(values, from + 2))
                        .map(language -> language.locale().getDisplayLanguage(locale))
                        .orElse("–"),
                value(values, from + 3));
    }

    private String roles(String names) {
        return Arrays.stream(names.split(","))
                .filter(name -> !name.isBlank())
                .map(name -> {
                    try {
                        return in.getTranslation(Role.valueOf(name).labelKey());
                    } catch (IllegalArgumentException unknown) {
                        return name;
                    }
                })
                .collect(Collectors.joining(", "));
    }

    private String country(String code) {
        return code.isBlank() ? "–" : Countries.name(code, locale);
    }

    private String moment(String instant) {
        try {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                            .withLocale(locale)
                            .withZone(ZoneOffset.UTC)
                            .format(Instant.parse(instant))
                    + " UTC";
        } catch (RuntimeException unreadable) {
            return instant;
        }
    }

    private static long number(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String value(List<String> values, int index) {
        return index < values.size() ? values.get(index) : "";
    }
}
