package org.passerelle.credentials.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.passerelle.credentials.CredentialAddresses;
import org.passerelle.credentials.RecordSummary;

/**
 * The files a record can be downloaded as — its certificate (PDF) and, while valid, its signed Open Badge
 * (JSON-LD or JWT) — each a plain link past the router, on its own line.
 */
final class RecordDownloads {

    private RecordDownloads() {}

    static Paragraph certificate(RecordSummary record, Component in) {
        Anchor link = link(
                CredentialAddresses.ofRecord(CredentialAddresses.CERTIFICATE, record.id()),
                in.getTranslation("certificate.download"));
        link.setId(CredentialIds.certificate(record.id()));
        link.addClassName(CredentialIds.CERTIFICATE_LINK_CLASS);
        return new Paragraph(link);
    }

    /** The signed credentials; a revoked record has none. */
    static Paragraph[] badges(RecordSummary record, Component in) {
        if (record.revoked()) {
            return new Paragraph[0];
        }
        return new Paragraph[] {
            badge(
                    CredentialAddresses.ofRecord(CredentialAddresses.SIGNED_JSON, record.id()),
                    in.getTranslation("my.records.badge-json")),
            badge(
                    CredentialAddresses.ofRecord(CredentialAddresses.JWT, record.id()),
                    in.getTranslation("my.records.badge-jwt"))
        };
    }

    private static Paragraph badge(String href, String text) {
        Anchor link = link(href, text);
        link.addClassName(CredentialIds.BADGE_DOWNLOAD_CLASS);
        return new Paragraph(link);
    }

    private static Anchor link(String href, String text) {
        Anchor link = new Anchor(href, text);
        link.setRouterIgnore(true);
        link.getElement().setAttribute("download", true);
        return link;
    }
}
