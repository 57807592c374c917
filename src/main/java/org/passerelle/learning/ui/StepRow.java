package org.passerelle.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.passerelle.learning.CoursePage;
import org.passerelle.shared.Language;
import org.passerelle.shared.ui.WrittenIn;

/**
 * One step of a course's outline as a full-width row: its status drawn and said, its title, and the link to it. The
 * course page's module cards and the outline beside a lesson both show steps with it; the lesson's outline moves its
 * marks ({@link #mark}) as the learner goes from lesson to lesson instead of drawing it again.
 */
final class StepRow {

    private final ListItem entry;
    private final Anchor link;
    private final Span status;

    private StepRow(ListItem entry, Anchor link, Span status) {
        this.entry = entry;
        this.link = link;
        this.status = status;
    }

    /** A row without a link or status, for a learner who has not enrolled yet. */
    static ListItem plain(CoursePage.Item item, Language shownIn) {
        Span title = label(new Span(), item, shownIn);
        title.addClassName("step-title");
        Div row = new Div(title);
        row.addClassName("step-row");
        return new ListItem(row);
    }

    /** A row that leads to the step and shows its status. */
    static StepRow linked(CoursePage.Item item, Language shownIn, StepLinks links) {
        Span title = label(new Span(), item, shownIn);
        title.addClassName("step-title");
        Span icon = new Span();
        icon.addClassName("status-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        Span status = new Span();
        status.addClassName("step-status");
        Anchor row = new Anchor(links.step(item.step()), "");
        row.add(icon, title, status);
        row.addClassName("step-row");
        row.getElement().setAttribute("router-link", true);
        StepRow step = new StepRow(new ListItem(row), row, status);
        step.mark(item, false);
        return step;
    }

    ListItem entry() {
        return entry;
    }

    /** Shows the step's status (the class that draws it and the words that say it) and whether it is this page. */
    void mark(CoursePage.Item item, boolean current) {
        for (CoursePage.Status each : CoursePage.Status.values()) {
            entry.setClassName(className(each), each == item.status());
        }
        entry.setClassName("current", current);
        status.setText(status(status, item));
        if (current) {
            link.getElement().setAttribute("aria-current", "page");
        } else {
            link.getElement().removeAttribute("aria-current");
        }
    }

    private static String className(CoursePage.Status status) {
        return "status-" + status.name().toLowerCase(Locale.ROOT);
    }

    /** "Quiz: title (5 questions)", "title (12 min)": the words and numbers in the interface's language. */
    private static <T extends Component> T label(T into, CoursePage.Item item, Language shownIn) {
        WrittenIn.Text title = WrittenIn.text(item.step().title(), shownIn);
        return item.step().quiz()
                ? WrittenIn.sentence(into, "learn.quiz-item", title, item.questions())
                : WrittenIn.sentence(into, "course.lesson", title, item.minutes());
    }

    private static String status(Component in, CoursePage.Item item) {
        String status = in.getTranslation(
                switch (item.status()) {
                    case NOT_STARTED -> "learn.status.not-started";
                    case IN_PROGRESS -> "learn.status.in-progress";
                    case COMPLETED -> "learn.status.completed";
                });
        return item.bestScore() == null
                ? status
                : in.getTranslation("learn.status-best", status, Progress.percent(item.bestScore()));
    }
}
