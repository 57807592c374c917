package org.passerelle.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.passerelle.learning.CoursePage;
import org.passerelle.learning.StepRef;
import org.passerelle.shared.PageAddresses;
import org.passerelle.shared.ui.Dates;
import org.passerelle.shared.ui.Note;
import org.passerelle.shared.ui.WrittenIn;

/**
 * A course's page as a learner sees it: what it is, what they may do now, and its outline with the status of
 * every step once enrolled. The learner's course page and the author's preview of a draft both show it.
 */
final class CourseBody {

    private final Main view;
    private final StepLinks links;

    private CourseBody(Main view, StepLinks links) {
        this.view = view;
        this.links = links;
    }

    /** Replaces what the view shows with the course page; {@code action} is what the learner may do now. */
    static void show(Main view, CoursePage page, StepLinks links, Component action) {
        view.removeAll();
        CourseBody body = new CourseBody(view, links);
        H1 heading = new H1(page.title());
        WrittenIn.language(heading, page.shownIn());
        view.add(heading);
        if (page.fallback()) {
            Paragraph note = new Paragraph(
                    view.getTranslation("catalog.fallback", page.shownIn().nativeName()));
            note.addClassName("fallback-note");
            view.add(note);
        }
        Paragraph description = new Paragraph(page.description());
        WrittenIn.language(description, page.shownIn());
        view.add(
                description,
                WrittenIn.sentence(
                        new Paragraph(), "learn.facts", WrittenIn.ownDirection(page.authors()), page.versionNumber()));
        view.add(action);
        view.add(new H2(view.getTranslation("course.outline")), body.outline(page));
    }

    /** What an enrolled learner may do: see their progress, and continue or see that they completed it. */
    static Div progress(Main view, CoursePage page, StepLinks links) {
        Div action = new Div();
        action.addClassNames("course-action", "card");
        action.add(Progress.bar(view, page.stepsDone(), page.stepsTotal(), LearningIds.COURSE_PROGRESS));
        if (page.completedAt() != null) {
            Note done = Note.success(
                    page.score() == null
                            ? view.getTranslation("learn.completed-on", Dates.day(page.completedAt()))
                            : view.getTranslation(
                                    "learn.completed-on-score",
                                    Dates.day(page.completedAt()),
                                    Progress.percent(page.score())));
            done.setId(LearningIds.COURSE_COMPLETED);
            Anchor records = new Anchor(
                    PageAddresses.myLearning() + "#" + PageAddresses.MY_RECORDS,
                    view.getTranslation("learn.completed-records"));
            records.setId(LearningIds.COURSE_RECORDS);
            action.add(done, records);
        } else if (page.next() != null) {
            Anchor next = nextLink(links.step(page.next()), page.next(), page.stepsDone() == 0);
            next.setId(LearningIds.CONTINUE);
            next.addClassName("primary-action");
            next.getElement().setAttribute("router-link", true);
            action.add(next);
        }
        return action;
    }

    /**
     * "Start: <first step>" or "Continue: <next step>", so the learner knows where the button leads; the step's
     * title keeps its own direction (an English title in an Arabic page).
     */
    static Anchor nextLink(String address, StepRef next, boolean first) {
        Anchor link = new Anchor(address, "");
        String title = next.title() == null ? "" : next.title();
        if (title.isEmpty()) {
            link.setText(link.getTranslation(first ? "learn.start" : "learn.continue"));
            return link;
        }
        String step = next.quiz() ? link.getTranslation("learn.quiz-named", title) : title;
        return WrittenIn.sentence(
                link, first ? "learn.start-with" : "learn.continue-with", WrittenIn.ownDirection(step));
    }

    private OrderedList outline(CoursePage page) {
        OrderedList modules = new OrderedList();
        modules.setId(LearningIds.OUTLINE);
        modules.addClassName("outline");
        for (CoursePage.Module module : page.modules()) {
            OrderedList items = new OrderedList();
            items.addClassName("steps");
            for (CoursePage.Item item : module.items()) {
                items.add(
                        page.enrolled()
                                ? StepRow.linked(item, page.shownIn(), links).entry()
                                : StepRow.plain(item, page.shownIn()));
            }
            H2 moduleTitle = new H2(module.title());
            WrittenIn.language(moduleTitle, page.shownIn());
            Div top = new Div(moduleTitle);
            top.addClassName("module-top");
            if (page.enrolled()) {
                int done = (int) module.items().stream()
                        .filter(item -> item.status() == CoursePage.Status.COMPLETED)
                        .count();
                Span count = new Span(view.getTranslation(
                        "learn.module-progress", done, module.items().size()));
                count.addClassName("module-progress");
                top.add(count);
            }
            Section section = new Section(top, items);
            ListItem card = new ListItem(section);
            card.addClassNames("module-card", "card");
            modules.add(card);
        }
        return modules;
    }
}
