package org.passerelle.credentials.ui;

import com.vaadin.flow.component.html.Anchor;
import org.passerelle.credentials.Record;

/** The link that downloads a record's certificate as a PDF, past the router. */
final class CertificateLink {

    private CertificateLink() {}

    static Anchor of(Record record, String label) {
        Anchor link = new Anchor("records/" + record.id() + "/certificate.pdf", label);
        link.setId("certificate-" + record.id());
        link.addClassName("certificate-link");
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("router-ignore", true);
        return link;
    }
}
