package org.passerelle.shell.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The instructor's home: the courses they author. */
@Route("courses")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
@Menu(title = "menu.courses", order = 20, icon = "vaadin:book")
public class InstructorCoursesView extends RoleHome {

    public InstructorCoursesView() {
        super("courses", "home.instructor.title", "home.instructor.empty");
    }
}
