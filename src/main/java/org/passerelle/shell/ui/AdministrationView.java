package org.passerelle.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The administrator's home: where the organiser's work starts. */
@Route("admin")
@RolesAllowed("ADMIN")
@Menu(title = "menu.administration", order = 40, icon = "vaadin:cog")
public class AdministrationView extends RoleHome {

    public AdministrationView() {
        super("administration", "home.admin.title", "home.admin.intro");
        add(new UnorderedList(
                new ListItem(new Anchor("admin/users", getTranslation("menu.users"))),
                new ListItem(new Anchor("admin/audit", getTranslation("menu.audit"))),
                new ListItem(new Anchor("admin/courses", getTranslation("menu.course-import")))));
    }
}
