package org.passerelle.shell.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.passerelle.catalog.ui.edit.MyCoursesView;
import org.passerelle.identity.MyAccount;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserSummary;
import org.passerelle.identity.ui.LoginView;
import org.passerelle.learning.ui.MyLearningView;
import org.passerelle.reporting.ui.DashboardHomeView;

/** The address after sign-in: sends each person to the home of their main role. */
@Route("")
@PermitAll
public class HomeView extends Main implements BeforeEnterObserver {

    private final MyAccount myAccount;

    public HomeView(MyAccount myAccount) {
        this.myAccount = myAccount;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UserSummary me = myAccount.current().orElse(null);
        if (me == null) {
            event.forwardTo(LoginView.class);
        } else if (me.has(Role.ADMIN)) {
            event.forwardTo(AdministrationView.class);
        } else if (me.has(Role.REVIEWER)) {
            event.forwardTo(DashboardHomeView.class);
        } else if (me.has(Role.INSTRUCTOR)) {
            event.forwardTo(MyCoursesView.class);
        } else {
            event.forwardTo(MyLearningView.class);
        }
    }
}
