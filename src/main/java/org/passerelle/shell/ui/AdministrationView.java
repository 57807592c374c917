package org.passerelle.shell.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/**
 * The administrator's home: every administration page with what it is for, taken from the same menu entries as the
 * header's Administration group, so the list names exactly the pages that exist.
 */
@Route("admin")
@RolesAllowed("ADMIN")
@Menu(title = "menu.administration-overview", order = MainLayout.ADMINISTRATION_ORDER, icon = "vaadin:cog")
public class AdministrationView extends RoleHome {

    /** What each administration page is for, by the translation key of its menu title. */
    private static final Map<String, String> ABOUT = Map.of(
            "menu.users", "menu.users.about",
            "menu.course-import", "menu.course-import.about",
            "menu.admin-cohorts", "menu.admin-cohorts.about",
            "menu.enrolments", "menu.enrolments.about",
            "menu.records", "menu.records.about",
            "menu.audit", "menu.audit.about",
            "menu.outbox", "menu.outbox.about");

    public AdministrationView() {
        super("administration", "home.admin.title", "home.admin.intro");
        UnorderedList pages = new UnorderedList();
        pages.addClassName("admin-pages");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            // The overview itself is the group's first entry; the rest are the pages it describes.
            if (MainLayout.isAdministration(entry) && entry.order() > MainLayout.ADMINISTRATION_ORDER) {
                ListItem item = new ListItem(MainLayout.link(entry));
                String about = ABOUT.get(entry.title());
                if (about != null) {
                    item.add(new Paragraph(getTranslation(about)));
                }
                item.addClassName("card");
                pages.add(item);
            }
        }
        add(pages);
    }
}
