package org.passerelle.credentials.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
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
import org.passerelle.shared.IssuerLogo;
import org.passerelle.shared.PublicAddress;
import org.passerelle.shared.ui.Dates;
import org.passerelle.shared.ui.IssuerLogoImage;
import org.passerelle.shared.ui.LanguageSwitcher;

/**
 * The public page that says whether a completion record is genuine: valid or revoked, and the few facts a
 * verifier needs. No sign-in; unknown and malformed addresses get the same answer.
 */
@Route(value = "verify/:id", autoLayout = false)
@AnonymousAllowed
public class VerifyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Credentials credentials;
    private final PublicAddress publicAddress;
    private final IssuerLogo logo;

    public VerifyView(Credentials credentials, PublicAddress publicAddress, IssuerLogo logo) {
        this.credentials = credentials;
        this.publicAddress = publicAddress;
        this.logo = logo;
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
        add(issuerBand(), new H1(getTranslation("verify.title")));
        String id = event.getRouteParameters().get("id").orElse("");
        VaadinRequest request = VaadinRequest.getCurrent();
        try {
            credentials
                    .verify(id, request == null ? null : request.getRemoteAddr())
                    .ifPresentOrElse(this::show, this::unknown);
        } catch (TooManyLookups e) {
            note("verify.too-many", "verify-too-many");
        }
    }

    /** Who runs this page, and at which address: what an employer checks before trusting what it says. */
    private Div issuerBand() {
        Span name = new Span(credentials.issuerName());
        name.addClassName("issuer-name");
        Span address = new Span(publicAddress.host());
        address.addClassName("issuer-address");
        Div issuer = new Div(name, address);
        issuer.addClassName("issuer");
        Div who = new Div(issuer);
        // alt="": the institution's name is written beside it.
        IssuerLogoImage.of(logo, "").ifPresent(image -> {
            who.addComponentAsFirst(image);
            who.getStyle().set("display", "flex").set("align-items", "center").set("gap", "0.75rem");
        });
        Div band = new Div(who, new LanguageSwitcher(language -> {}));
        band.addClassName("verify-top");
        return band;
    }

    private void show(Verification record) {
        Locale locale = UI.getCurrent().getLocale();
        Paragraph status = record.valid()
                ? new Paragraph(getTranslation("verify.valid", record.issuer()))
                : new Paragraph(
                        getTranslation("verify.revoked", Dates.day(record.revokedAt()), record.revocationReason()));
        status.setId(CredentialIds.VERIFY_STATUS);
        add(
                record.valid()
                        ? state("valid", "verify.state.valid", status)
                        : state("revoked", "verify.state.revoked", status));
        DescriptionList facts = new DescriptionList();
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
        add(facts);
    }

    private void unknown() {
        Paragraph text = new Paragraph(getTranslation("verify.not-found"));
        text.setId(CredentialIds.VERIFY_NOT_FOUND);
        add(state("unknown", "verify.state.unknown", text));
    }

    /** The large panel that says at once whether the record holds: a word, a mark, and the sentence that explains. */
    private Div state(String kind, String wordKey, Paragraph sentence) {
        H2 word = new H2(getTranslation(wordKey));
        word.setId(CredentialIds.VERIFY_STATE);
        Span mark = new Span();
        mark.addClassName("state-mark");
        mark.getElement().setAttribute("aria-hidden", "true");
        Div panel = new Div(mark, new Div(word, sentence));
        panel.addClassNames("verify-state", kind);
        panel.getElement().setAttribute("role", "status");
        return panel;
    }

    /** A label and its value; the value (a name, a title) may be written in another direction than the page. */
    private void fact(DescriptionList facts, String labelKey, String value) {
        Span text = new Span(value);
        text.getElement().setAttribute("dir", "auto");
        facts.add(new DescriptionList.Term(getTranslation(labelKey)), new DescriptionList.Description(text));
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
