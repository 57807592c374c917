package org.passerelle.learning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
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
        setId("course");
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
        removeAll();
        H2 heading = new H2(page.title());
        Pieces.inLanguage(heading, page.shownIn());
        add(heading);
        if (page.fallback()) {
            Paragraph note = new Paragraph(
                    getTranslation("catalog.fallback", page.shownIn().nativeName()));
            note.addClassName("fallback-note");
            add(note);
        }
        Paragraph description = new Paragraph(page.description());
        Pieces.inLanguage(description, page.shownIn());
        add(description, new Paragraph(getTranslation("learn.facts", page.authors(), page.versionNumber())));
        add(action(page));
        add(new H3(getTranslation("course.outline")), outline(page));
        return true;
    }

    private Div action(CoursePage page) {
        Div action = new Div();
        action.addClassName("course-action");
        if (page.enrolled()) {
            action.add(Pieces.progress(this, page.stepsDone(), page.stepsTotal(), "course-progress"));
            if (page.completedAt() != null) {
                Paragraph done = new Paragraph(
                        page.score() == null
                                ? getTranslation("learn.completed-on", Pieces.date(this, page.completedAt()))
                                : getTranslation(
                                        "learn.completed-on-score",
                                        Pieces.date(this, page.completedAt()),
                                        Pieces.percent(this, page.score())));
                done.setId("course-completed");
                done.addClassName("success-note");
                action.add(done);
            } else if (page.next() != null) {
                Anchor next = new Anchor(
                        Pieces.href(page.next()),
                        getTranslation(page.stepsDone() == 0 ? "learn.start" : "learn.continue"));
                next.setId("continue");
                next.addClassName("primary-action");
                next.getElement().setAttribute("router-link", true);
                action.add(next);
            }
        } else if (page.canEnrol()) {
            NativeButton enrol = new NativeButton(getTranslation("learn.enrol"), click -> {
                learning.enrol(courseId);
                show();
            });
            enrol.setId("enrol");
            enrol.addClassName("primary-action");
            action.add(enrol);
        } else {
            action.add(new Paragraph(getTranslation("learn.enrol-closed")));
        }
        return action;
    }

    private OrderedList outline(CoursePage page) {
        OrderedList modules = new OrderedList();
        modules.setId("outline");
        for (CoursePage.Module module : page.modules()) {
            OrderedList items = new OrderedList();
            items.addClassName("steps");
            for (CoursePage.Item item : module.items()) {
                String label = item.step().quiz()
                        ? getTranslation("learn.quiz-item", item.step().title(), item.questions())
                        : getTranslation("course.lesson", item.step().title(), item.minutes());
                ListItem entry = new ListItem();
                if (page.enrolled()) {
                    Anchor link = new Anchor(Pieces.href(item.step()), label);
                    link.getElement().setAttribute("router-link", true);
                    Pieces.inLanguage(link, page.shownIn());
                    entry.add(link, new Span(" — " + status(item)));
                    entry.addClassName("status-" + item.status().name().toLowerCase(java.util.Locale.ROOT));
                } else {
                    Span text = new Span(label);
                    Pieces.inLanguage(text, page.shownIn());
                    entry.add(text);
                }
                items.add(entry);
            }
            H3 moduleTitle = new H3(module.title());
            Pieces.inLanguage(moduleTitle, page.shownIn());
            Section section = new Section(moduleTitle, items);
            modules.add(new ListItem(section));
        }
        return modules;
    }

    private String status(CoursePage.Item item) {
        String status = getTranslation(
                switch (item.status()) {
                    case NOT_STARTED -> "learn.status.not-started";
                    case IN_PROGRESS -> "learn.status.in-progress";
                    case COMPLETED -> "learn.status.completed";
                });
        return item.bestScore() == null
                ? status
                : getTranslation("learn.status-best", status, Pieces.percent(this, item.bestScore()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
