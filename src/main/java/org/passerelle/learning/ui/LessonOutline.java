package org.passerelle.learning.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.passerelle.learning.CoursePage;
import org.passerelle.learning.LessonPage;
import org.passerelle.learning.StepRef;
import org.passerelle.shared.ui.WrittenIn;

/**
 * The course's outline beside a lesson: its modules and steps, each with its status, the lesson being read marked.
 * On a wide screen it stands beside the text and folds away (the choice holds for the session); on a narrow one it
 * is a sheet opened from the lesson's bar. Going from lesson to lesson keeps it and only moves its marks.
 */
final class LessonOutline extends Nav {

    private static final String COLLAPSED = LessonOutline.class.getName() + ".collapsed";

    private final List<StepRef> steps = new ArrayList<>();
    private final Map<StepRef, StepRow> rows = new LinkedHashMap<>();
    private final NativeButton toggle;
    private final NativeButton close;
    private @Nullable NativeButton opener;

    LessonOutline(LessonPage page, StepLinks links) {
        setId(LearningIds.LESSON_OUTLINE);
        addClassName("lesson-outline");
        getElement().setAttribute("aria-label", getTranslation("lesson.outline"));
        toggle = new NativeButton(getTranslation("lesson.outline"), click -> collapse(!collapsed()));
        toggle.setId(LearningIds.OUTLINE_TOGGLE);
        toggle.addClassName("outline-toggle");
        toggle.getElement().setAttribute("aria-controls", LearningIds.OUTLINE_STEPS);
        Span title = new Span(getTranslation("lesson.outline"));
        title.addClassName("outline-title");
        close = new NativeButton(getTranslation("lesson.outline-close"), click -> closeSheet(true));
        close.setId(LearningIds.OUTLINE_CLOSE);
        close.addClassName("outline-close");
        Div head = new Div(toggle, title, close);
        head.addClassName("outline-head");
        OrderedList modules = new OrderedList();
        modules.setId(LearningIds.OUTLINE_STEPS);
        modules.addClassName("outline-steps");
        for (CoursePage.Module module : page.outline()) {
            Span name = new Span(module.title());
            name.addClassName("outline-module");
            WrittenIn.language(name, page.shownIn());
            OrderedList items = new OrderedList();
            items.addClassName("steps");
            for (CoursePage.Item item : module.items()) {
                StepRow row = StepRow.linked(item, page.shownIn(), links);
                rows.put(item.step(), row);
                steps.add(item.step());
                items.add(row.entry());
            }
            modules.add(new ListItem(name, items));
        }
        add(head, modules);
        Shortcuts.addShortcutListener(this, () -> closeSheet(true), Key.ESCAPE).listenOn(this);
        collapse(collapsed());
        show(page);
    }

    /** True when this outline shows the same steps as the page's, so that only its marks need to move. */
    boolean fits(LessonPage page) {
        return steps.equals(page.outline().stream()
                .flatMap(module -> module.items().stream())
                .map(CoursePage.Item::step)
                .toList());
    }

    /** Marks the page's lesson as the current step and every step with its status; a sheet left open closes. */
    void show(LessonPage page) {
        for (CoursePage.Module module : page.outline()) {
            for (CoursePage.Item item : module.items()) {
                StepRow row = rows.get(item.step());
                if (row != null) {
                    row.mark(item, isCurrent(item.step(), page.step()));
                }
            }
        }
        closeSheet(false);
    }

    /** The bar's button that opens the outline as a sheet on a narrow screen. */
    NativeButton opener() {
        NativeButton button = new NativeButton(getTranslation("lesson.outline-open"));
        button.setId(LearningIds.OUTLINE_OPEN);
        button.addClassName("outline-open");
        button.getElement().setAttribute("aria-controls", LearningIds.LESSON_OUTLINE);
        button.getElement().setAttribute("aria-expanded", "false");
        button.addClickListener(click -> openSheet(button));
        return button;
    }

    private static boolean isCurrent(StepRef step, StepRef current) {
        return !step.quiz()
                && step.module().equals(current.module())
                && step.lesson().equals(current.lesson());
    }

    private static boolean collapsed() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && Boolean.TRUE.equals(session.getAttribute(COLLAPSED));
    }

    private void collapse(boolean collapsed) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(COLLAPSED, collapsed);
        }
        setClassName("collapsed", collapsed);
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(!collapsed));
    }

    /** The sheet covers the page: what lies under it is out of reach until it closes, and focus goes into it. */
    private void openSheet(NativeButton from) {
        opener = from;
        addClassName("open");
        from.getElement().setAttribute("aria-expanded", "true");
        others().forEach(element -> element.setAttribute("inert", true));
        close.focus();
    }

    private void closeSheet(boolean returnFocus) {
        if (!hasClassName("open")) {
            return;
        }
        removeClassName("open");
        others().forEach(element -> element.removeAttribute("inert"));
        if (opener != null) {
            opener.getElement().setAttribute("aria-expanded", "false");
            if (returnFocus) {
                opener.focus();
            }
        }
        opener = null;
    }

    /** The rest of the lesson page: this outline's siblings and those of the part that holds it. */
    private List<Element> others() {
        List<Element> others = new ArrayList<>();
        Element self = getElement();
        for (int level = 0; level < 2 && self.getParent() != null; level++) {
            Element parent = self.getParent();
            for (Element child : parent.getChildren().toList()) {
                if (!child.equals(self)) {
                    others.add(child);
                }
            }
            self = parent;
        }
        return others;
    }
}
