package org.passerelle.shell.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;
import org.passerelle.catalog.ui.CourseImportView;
import org.passerelle.identity.ui.AuditLogView;
import org.passerelle.identity.ui.UsersView;

/** The administrator's home: where the organiser's work starts. */
@Route("admin")
@RolesAllowed("ADMIN")
@Menu(title = "menu.administration", order = 40, icon = "vaadin:cog")
public class AdministrationView extends RoleHome {

    public AdministrationView() {
        super("administration", "home.admin.title", "home.admin.intro");
        add(new UnorderedList(
                new ListItem(link(UsersView.class, "menu.users")),
                new ListItem(link(AuditLogView.class, "menu.audit")),
                new ListItem(link(CourseImportView.class, "menu.course-import"))));
    }

    private Anchor link(Class<? extends Component> view, String title) {
        return new Anchor(RouteConfiguration.forApplicationScope().getUrl(view), getTranslation(title));
    }
}
