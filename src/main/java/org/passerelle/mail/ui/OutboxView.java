package org.passerelle.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.passerelle.mail.MailStatus;
import org.passerelle.mail.Outbox;
import org.passerelle.mail.OutboxEntry;
import org.passerelle.shared.FieldProblem;
import org.passerelle.shared.ui.Confirm;
import org.passerelle.shared.ui.Note;

/**
 * The outbox, for administrators: every message Passerelle wrote, newest first, paged through the database, with
 * where it is (waiting, sent, failed and why); each can be read as its recipient sees it, and a failed one sent again.
 */
@Route("admin/outbox")
@RolesAllowed("ADMIN")
@Menu(title = "menu.outbox", order = 59, icon = "vaadin:envelope-o")
public class OutboxView extends Main implements HasDynamicTitle {

    private final Outbox outbox;
    private final Grid<OutboxEntry> grid = new Grid<>();
    private final Note note = new Note("outbox-note");
    private final DataProvider<OutboxEntry, Void> entries;

    public OutboxView(Outbox outbox) {
        this.outbox = outbox;
        addClassName("page");
        setId(MailIds.OUTBOX);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(ZoneOffset.UTC);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        // Two columns, each a few lines, so that a phone shows a whole message's line without scrolling sideways.
        grid.addComponentColumn(entry -> message(entry, when))
                .setHeader(getTranslation("outbox.message"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("outbox.status"))
                .setFlexGrow(2);
        entries = new CallbackDataProvider<>(
                query -> outbox.newestFirst(query.getOffset(), query.getLimit()).stream(),
                query -> (int) outbox.newestFirst(0, 1).getTotalElements());
        grid.setItems(entries);
        grid.setEmptyStateText(getTranslation("outbox.empty"));
        grid.setAriaLabel(getTranslation("outbox.title"));
        grid.setId(MailIds.OUTBOX_GRID);
        grid.addClassName("outbox-grid");
        add(new H1(getTranslation("outbox.title")));
        if (outbox.deliversNowhere()) {
            Paragraph embedded = new Paragraph(getTranslation("outbox.embedded"));
            embedded.setId(MailIds.EMBEDDED);
            embedded.addClassName("outbox-embedded");
            add(embedded);
        }
        add(note, grid);
    }

    private Div message(OutboxEntry entry, DateTimeFormatter when) {
        Span subject = new Span(entry.subject());
        subject.getElement().setAttribute("dir", "auto");
        subject.addClassName("outbox-subject");
        Div cell = new Div(subject);
        cell.addClassName("outbox-cell");
        Span to = new Span(getTranslation("outbox.recipient") + " — ");
        to.addClassName("outbox-secondary");
        if (entry.recipientName() != null) {
            Span name = new Span(entry.recipientName() + " ");
            name.getElement().setAttribute("dir", "auto");
            to.add(name);
        }
        Span address = new Span("<" + entry.recipientAddress() + ">");
        address.getElement().setAttribute("dir", "ltr");
        to.add(address);
        Span kind = new Span(getTranslation(entry.kind().labelKey()) + " · " + when.format(entry.createdAt()) + " UTC");
        kind.addClassName("outbox-secondary");
        cell.add(to, kind);
        return cell;
    }

    private Div status(OutboxEntry entry) {
        Span status = new Span(getTranslation(entry.status().labelKey()));
        status.addClassName("outbox-status");
        status.addClassName("outbox-status-" + entry.status().name().toLowerCase(java.util.Locale.ROOT));
        Span attempts = new Span(getTranslation("outbox.attempts", entry.attempts()));
        attempts.addClassName("outbox-secondary");
        Div cell = new Div(status, attempts);
        cell.addClassName("outbox-cell");
        if (entry.lastError() != null && entry.status() != MailStatus.SENT) {
            Span error = new Span(getTranslation("outbox.last-error") + " — " + entry.lastError());
            error.addClassName("outbox-error");
            error.getElement().setAttribute("dir", "ltr");
            cell.add(error);
        }
        cell.add(actions(entry));
        return cell;
    }

    private Div actions(OutboxEntry entry) {
        Button read = new Button(getTranslation("outbox.read"), click -> read(entry));
        read.setId(MailIds.READ + entry.id());
        read.addThemeVariants(ButtonVariant.SMALL);
        read.setAriaLabel(getTranslation("outbox.read") + " — " + entry.subject());
        Div cell = new Div(read);
        cell.addClassName("outbox-actions");
        if (entry.status() == MailStatus.FAILED) {
            Button resend = new Button(getTranslation("outbox.resend"), click -> resend(entry));
            resend.setId(MailIds.RESEND + entry.id());
            resend.addThemeVariants(ButtonVariant.SMALL);
            resend.setAriaLabel(getTranslation("outbox.resend") + " — " + entry.recipientAddress());
            cell.add(resend);
        }
        return cell;
    }

    private void read(OutboxEntry entry) {
        outbox.html(entry.id()).ifPresent(html -> new MessageDialog(entry.subject(), html).open());
    }

    private void resend(OutboxEntry entry) {
        Confirm.ask(
                getTranslation("outbox.resend.confirm-title"),
                getTranslation("outbox.resend.confirm", entry.recipientAddress()),
                getTranslation("outbox.resend"),
                false,
                () -> {
                    try {
                        outbox.resend(entry.id());
                        note.saySuccess(getTranslation("outbox.resend.done"));
                    } catch (FieldProblem problem) {
                        note.sayError(getTranslation(problem.messageKey()));
                    }
                    entries.refreshAll();
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title");
    }
}
