package org.passerelle.credentials.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import org.passerelle.credentials.Credentials;
import org.passerelle.credentials.RecordSummary;
import org.passerelle.shared.ui.Dates;
import org.passerelle.shared.ui.WrittenIn;

/** Administrators find completion records and revoke one, with a reason, after confirming. */
@Route("admin/records")
@RolesAllowed("ADMIN")
@Menu(title = "menu.records", order = 58, icon = "vaadin:diploma")
public class RecordsView extends Main implements HasDynamicTitle {

    private final Credentials credentials;
    private final TextField search = new TextField();
    private final Div results = new Div();

    public RecordsView(Credentials credentials) {
        this.credentials = credentials;
        addClassName("page");
        setId("records");
        search.setPlaceholder(getTranslation("records.search"));
        search.setAriaLabel(getTranslation("records.search"));
        search.setWidth("min(28em, 100%)");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId(CredentialIds.RECORDS_SEARCH);
        search.addValueChangeListener(event -> show());
        results.setId("records-list");
        results.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("records.title")), search, results);
        show();
    }

    private void show() {
        results.removeAll();
        List<RecordSummary> found = credentials.search(search.getValue(), 50);
        if (found.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("records.empty"));
            empty.addClassName("empty-state");
            results.add(empty);
        }
        found.forEach(record -> results.add(row(record)));
    }

    private Div row(RecordSummary record) {
        Div row = new Div();
        row.addClassName("course-card");
        row.setId(CredentialIds.record(record.id()));
        Anchor link = new Anchor(VerifyView.address(record.id()), record.id());
        link.setTarget(AnchorTarget.BLANK);
        row.add(WrittenIn.sentence(
                new Paragraph(),
                "records.line",
                WrittenIn.ownDirection(record.holderName()),
                WrittenIn.ownDirection(record.courseTitle()),
                record.courseVersion(),
                date(record.completedAt())));
        row.add(new Paragraph(link));
        row.add(RecordDownloads.certificate(record, this));
        row.add(RecordDownloads.badges(record, this));
        if (record.revoked()) {
            row.add(new Paragraph(
                    getTranslation("records.revoked", date(record.revokedAt()), record.revocationReason())));
        } else {
            Button revoke = new Button(getTranslation("records.revoke"), click -> askReason(record, row));
            revoke.addThemeVariants(ButtonVariant.ERROR);
            revoke.setId(CredentialIds.revoke(record.id()));
            row.add(revoke);
        }
        return row;
    }

    /** Asks for the reason and a second click before anything changes. */
    private void askReason(RecordSummary record, Div row) {
        TextField reason = new TextField(getTranslation("records.reason"));
        reason.setId(CredentialIds.REVOKE_REASON);
        reason.setWidth("min(28em, 100%)");
        reason.setMaxLength(500);
        Paragraph warning =
                new Paragraph(getTranslation("records.revoke.confirm", record.holderName(), record.courseTitle()));
        Button confirm = new Button(getTranslation("records.revoke.yes"));
        confirm.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        confirm.setId(CredentialIds.REVOKE_CONFIRM);
        Button cancel = new Button(getTranslation("action.cancel"));
        Div box = new Div(warning, reason, new Div(confirm, cancel));
        box.addClassName("confirm-box");
        confirm.addClickListener(click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("records.reason.required"));
                return;
            }
            credentials.revoke(record.id(), reason.getValue());
            show();
        });
        cancel.addClickListener(click -> row.remove(box));
        row.add(box);
        reason.focus();
    }

    private static String date(Instant instant) {
        return Dates.day(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("records.title");
    }
}
