package org.passerelle.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.passerelle.reporting.CohortOverview;
import org.passerelle.reporting.ReportExports;
import org.passerelle.shared.Language;

/** The cohort report as CSV and XLSX, made when clicked, in the reader's language. */
final class ExportLinks {

    private ExportLinks() {}

    static Div of(CohortOverview cohort, Language reader, ReportExports exports, Component in) {
        Locale locale = UI.getCurrent().getLocale();
        Function<String, String> words = key -> in.getTranslation(locale, key);
        String base = "report-" + cohort.cohortId();
        Div links = new Div(
                link(
                        "report-csv",
                        in.getTranslation("dashboard.export-csv"),
                        base + ".csv",
                        "text/csv",
                        () -> exports.csv(cohort.cohortId(), reader, words)),
                link(
                        ReportingIds.REPORT_XLSX,
                        in.getTranslation("dashboard.export-xlsx"),
                        base + ".xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        () -> exports.xlsx(cohort.cohortId(), reader, words)));
        links.addClassName("exports");
        links.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.5rem 1.5rem");
        return links;
    }

    private static Anchor link(String id, String text, String file, String type, Supplier<Optional<byte[]>> bytes) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(request -> {
                    byte[] content = bytes.get().orElse(new byte[0]);
                    return new DownloadResponse(new ByteArrayInputStream(content), file, type, content.length);
                }),
                text);
        anchor.setId(id);
        return anchor;
    }
}
