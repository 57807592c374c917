package org.passerelle.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.RolesAllowed;

/**
 * The administrator's home: every administration page with what it is for, taken from the same menu entries as the
 * header's Administration group, so the list names exactly the pages that exist.
 */
@Route("admin")
@RolesAllowed("ADMIN")
@Menu(title = "menu.administration-overview", order = MainLayout.ADMINISTRATION_ORDER, icon = "vaadin:cog")
public class AdministrationView extends RoleHome {

    public AdministrationView() {
        super("administration", "home.admin.title", "home.admin.intro");
        UnorderedList pages = new UnorderedList();
        pages.addClassName("admin-pages");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (entry.order() != null && entry.order() > MainLayout.ADMINISTRATION_ORDER) {
                String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
                Anchor link = new Anchor(path, getTranslation(entry.title()));
                link.getElement().setAttribute("router-link", true);
                Paragraph about = new Paragraph(getTranslation(entry.title() + ".about"));
                ListItem item = new ListItem(link, about);
                item.addClassName("card");
                pages.add(item);
            }
        }
        add(pages);
    }
}
