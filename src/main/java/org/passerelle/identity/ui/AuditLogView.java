package org.passerelle.identity.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.passerelle.identity.AuditTrail;
import org.passerelle.identity.AuditedChange;
import org.passerelle.shared.ui.OwnDirection;
import org.springframework.modulith.NamedInterface;

/** The audit trail: who changed what, when, to whom. Newest first, paged through the database. */
@Route("admin/audit")
@RolesAllowed("ADMIN")
@Menu(title = "menu.audit", order = 60, icon = "vaadin:file-text-o")
@NamedInterface("pages")
public class AuditLogView extends Main implements HasDynamicTitle {

    public AuditLogView(AuditTrail auditTrail) {
        addClassName("page");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(ZoneOffset.UTC);
        Grid<AuditedChange> grid = new Grid<>();
        // A detail is a sentence: it wraps rather than being cut after a few words.
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(entry -> when.format(entry.occurredAt()) + " UTC")
                .setHeader(getTranslation("audit.when"))
                .setAutoWidth(true);
        grid.addColumn(OwnDirection.cell(AuditedChange::actor))
                .setHeader(getTranslation("audit.actor"))
                .setAutoWidth(true);
        grid.addColumn(entry -> getTranslation(entry.action().labelKey()))
                .setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        // Names, course titles and reasons are written by people, in any direction: each cell finds its own.
        grid.addColumn(OwnDirection.cell(AuditedChange::target))
                .setHeader(getTranslation("audit.target"))
                .setAutoWidth(true);
        AuditDetails details = new AuditDetails(this, getLocale());
        grid.addColumn(OwnDirection.cell(entry -> details.show(entry.detail())))
                .setHeader(getTranslation("audit.detail"))
                .setFlexGrow(1);
        grid.setItems(query -> auditTrail.newestFirst(query.getOffset(), query.getLimit()).stream(), query ->
                (int) auditTrail.newestFirst(0, 1).getTotalElements());
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setAriaLabel(getTranslation("audit.title"));
        grid.setId(IdentityIds.AUDIT_LOG);
        add(new H1(getTranslation("audit.title")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
