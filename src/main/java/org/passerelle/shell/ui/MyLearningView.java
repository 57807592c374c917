package org.passerelle.shell.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The learner's home. The learning module will fill it with courses in progress and completed. */
@Route("my-learning")
@RolesAllowed("LEARNER")
@Menu(title = "menu.my-learning", order = 10, icon = "vaadin:academy-cap")
public class MyLearningView extends RoleHome {

    public MyLearningView() {
        super("my-learning", "home.learner.title", "home.learner.empty");
    }
}
