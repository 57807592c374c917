package org.passerelle.credentials.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import org.passerelle.credentials.Credentials;
import org.passerelle.credentials.TooManyLookups;
import org.passerelle.credentials.Verification;
import org.passerelle.shared.Countries;
import org.passerelle.shared.ui.Dates;

/**
 * The public page that says whether a completion record is genuine: valid or revoked, and the few facts a
 * verifier needs. No sign-in; unknown and malformed addresses get the same answer.
 */
@Route(value = "verify/:id", autoLayout = false)
@AnonymousAllowed
public class VerifyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Credentials credentials;

    public VerifyView(Credentials credentials) {
        this.credentials = credentials;
        addClassName("page");
        addClassName("verify-page");
        setId("verify");
    }

    /** The verification page of a record, relative to the app's base. */
    static String address(String recordId) {
        return RouteConfiguration.forApplicationScope().getUrl(VerifyView.class, new RouteParameters("id", recordId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("verify.title")));
        String id = event.getRouteParameters().get("id").orElse("");
        VaadinRequest request = VaadinRequest.getCurrent();
        try {
            credentials
                    .verify(id, request == null ? null : request.getRemoteAddr())
                    .ifPresentOrElse(this::show, () -> note("verify.not-found", CredentialIds.VERIFY_NOT_FOUND));
        } catch (TooManyLookups e) {
            note("verify.too-many", "verify-too-many");
        }
    }

    private void show(Verification record) {
        Locale locale = UI.getCurrent().getLocale();
        Paragraph status = record.valid()
                ? new Paragraph(getTranslation("verify.valid", record.issuer()))
                : new Paragraph(
                        getTranslation("verify.revoked", Dates.day(record.revokedAt()), record.revocationReason()));
        status.setId(CredentialIds.VERIFY_STATUS);
        status.addClassName(record.valid() ? "success-note" : "error-note");
        status.getElement().setAttribute("role", "status");
        Div facts = new Div();
        facts.addClassName("record-facts");
        fact(facts, "verify.holder", record.holderName());
        fact(
                facts,
                "verify.course",
                getTranslation("verify.course-version", record.courseTitle(), record.courseVersion()));
        if (record.country() != null && !record.country().isBlank()) {
            fact(facts, "verify.country", Countries.name(record.country(), locale));
        }
        fact(facts, "verify.completed", Dates.day(record.completedAt()));
        fact(facts, "verify.issuer", record.issuer());
        add(status, facts);
    }

    private void fact(Div facts, String labelKey, String value) {
        Paragraph line = new Paragraph();
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        line.add(label, new Span(value));
        facts.add(line);
    }

    private void note(String key, String id) {
        Paragraph note = new Paragraph(getTranslation(key));
        note.setId(id);
        note.addClassName("fallback-note");
        add(note);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title");
    }
}
