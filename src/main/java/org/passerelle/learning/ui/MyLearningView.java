package org.passerelle.learning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.passerelle.catalog.ui.CatalogView;
import org.passerelle.learning.LearningService;
import org.passerelle.learning.MyCourse;
import org.passerelle.shared.ui.Dates;
import org.passerelle.shared.ui.UiLanguage;

/** The learner's home: courses in progress with a Continue action, then completed ones with date and score. */
@Route("my-learning")
@RolesAllowed("LEARNER")
@Menu(title = "menu.my-learning", order = 10, icon = "vaadin:academy-cap")
public class MyLearningView extends Main implements HasDynamicTitle {

    public MyLearningView(LearningService learning, List<MyLearningSection> sections) {
        setId(LearningIds.MY_LEARNING);
        addClassName("page");
        add(new H1(getTranslation("home.learner.title")));
        List<MyCourse> courses = learning.myLearning(UiLanguage.current(UI.getCurrent()));
        if (courses.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("home.learner.empty"));
            empty.addClassName("empty-state");
            Anchor catalog = new Anchor(
                    RouteConfiguration.forApplicationScope().getUrl(CatalogView.class), getTranslation("my.browse"));
            catalog.getElement().setAttribute("router-link", true);
            add(empty, catalog);
        }
        List<MyCourse> inProgress = courses.stream().filter(c -> !c.completed()).toList();
        List<MyCourse> completed = courses.stream().filter(MyCourse::completed).toList();
        if (!inProgress.isEmpty()) {
            Section section = new Section(new H2(getTranslation("my.in-progress")));
            section.setId(LearningIds.IN_PROGRESS);
            inProgress.forEach(course -> section.add(inProgress(course)));
            add(section);
        }
        if (!completed.isEmpty()) {
            Section section = new Section(new H2(getTranslation("my.completed")));
            section.setId(LearningIds.COMPLETED);
            completed.forEach(course -> section.add(completed(course)));
            add(section);
        }
        sections.forEach(section -> add(section.create(this)));
    }

    private Div inProgress(MyCourse course) {
        Div card = card(course);
        card.add(Progress.bar(this, course.stepsDone(), course.stepsTotal(), "progress-" + course.courseId()));
        if (course.next() != null) {
            Anchor next = CourseBody.nextLink(CourseLinks.step(course.next()), course.next(), course.stepsDone() == 0);
            next.setId(LearningIds.continueCourse(course.courseId()));
            next.getElement().setAttribute("router-link", true);
            next.addClassName("primary-action");
            next.getElement().setAttribute("aria-describedby", "title-" + course.courseId());
            card.add(next);
        }
        return card;
    }

    private Div completed(MyCourse course) {
        Div card = card(course);
        card.addClassName("completed");
        card.add(new Paragraph(
                course.score() == null
                        ? getTranslation("learn.completed-on", Dates.day(course.completedAt()))
                        : getTranslation(
                                "learn.completed-on-score",
                                Dates.day(course.completedAt()),
                                Progress.percent(course.score()))));
        return card;
    }

    private Div card(MyCourse course) {
        Anchor title = new Anchor(CourseLinks.course(course.courseId()), course.title());
        title.getElement().setAttribute("router-link", true);
        H3 heading = new H3(title);
        heading.setId("title-" + course.courseId());
        Div card = new Div(heading);
        card.addClassNames("course-card", "card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.learner.title");
    }
}
