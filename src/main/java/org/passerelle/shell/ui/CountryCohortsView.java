package org.passerelle.shell.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The reviewer's home: their country's cohorts. */
@Route("cohorts")
@RolesAllowed({"REVIEWER", "ADMIN"})
@Menu(title = "menu.cohorts", order = 30, icon = "vaadin:group")
public class CountryCohortsView extends RoleHome {

    public CountryCohortsView() {
        super("cohorts", "home.reviewer.title", "home.reviewer.empty");
    }
}
