package org.passerelle.learning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.passerelle.learning.CoursePage;
import org.passerelle.learning.LearningService;
import org.passerelle.shared.Language;
import org.passerelle.shared.ui.UiLanguage;

/**
 * A course's page: what it is and its outline; for an enrolled learner, the status of every step, the
 * overall progress and one "Continue" to the next unfinished step.
 */
@Route("course/:courseId")
@PermitAll
public class CoursePageView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LearningService learning;
    private String courseId;
    private String title = "";

    public CoursePageView(LearningService learning) {
        this.learning = learning;
        addClassName("page");
        setId(LearningIds.COURSE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().get("courseId").orElse("");
        if (!show()) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private boolean show() {
        Language reader = UiLanguage.current(UI.getCurrent());
        CoursePage page = learning.course(courseId, reader).orElse(null);
        if (page == null) {
            return false;
        }
        title = page.title();
        CourseBody.show(this, page, StepLinks.LEARNER, action(page));
        return true;
    }

    private Div action(CoursePage page) {
        if (page.enrolled()) {
            return CourseBody.progress(this, page, StepLinks.LEARNER);
        }
        Div action = new Div();
        action.addClassName("course-action");
        if (page.canEnrol()) {
            NativeButton enrol = new NativeButton(getTranslation("learn.enrol"), click -> {
                learning.enrol(courseId);
                show();
            });
            enrol.setId(LearningIds.ENROL);
            enrol.addClassName("primary-action");
            action.add(enrol);
        } else {
            action.add(new Paragraph(getTranslation("learn.enrol-closed")));
        }
        return action;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
