package org.passerelle.shell.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.passerelle.identity.MyAccount;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserSummary;
import org.passerelle.identity.ui.LoginView;
import org.passerelle.shared.PageAddresses;

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
            event.forwardTo(PageAddresses.administration());
        } else if (me.has(Role.REVIEWER)) {
            event.forwardTo(PageAddresses.dashboards());
        } else if (me.has(Role.INSTRUCTOR)) {
            event.forwardTo(PageAddresses.myCourses());
        } else {
            event.forwardTo(PageAddresses.myLearning());
        }
    }
}
