package org.passerelle.catalog.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.passerelle.catalog.Catalog;
import org.passerelle.catalog.CourseOutline;
import org.passerelle.shared.ui.UiLanguage;

/** A course's page: what it is, who wrote it, and its outline module by module. */
@Route("catalog/:courseId")
@PermitAll
public class CourseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Catalog catalog;
    private String title = "";

    public CourseView(Catalog catalog) {
        this.catalog = catalog;
        addClassName("page");
        setId("course");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("courseId").orElse("");
        CourseOutline outline =
                catalog.outline(id, UiLanguage.current(UI.getCurrent())).orElse(null);
        if (outline == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = outline.card().title();
        removeAll();
        H2 heading = new H2(title);
        add(heading);
        if (outline.card().fallback()) {
            add(CourseFacts.fallbackNote(this, outline.card()));
        }
        Paragraph description = new Paragraph(outline.card().description());
        add(description, new Paragraph(CourseFacts.line(this, outline.card())));
        OrderedList modules = new OrderedList();
        modules.setId("outline");
        for (CourseOutline.Module module : outline.modules()) {
            OrderedList lessons = new OrderedList();
            module.lessons()
                    .forEach(lesson -> lessons.add(
                            new ListItem(getTranslation("course.lesson", lesson.title(), lesson.minutes()))));
            Section section = new Section(new H3(module.title()), lessons);
            if (module.quizQuestions() > 0) {
                section.add(new Paragraph(getTranslation("course.quiz", module.quizQuestions())));
            }
            modules.add(new ListItem(section));
        }
        add(new H3(getTranslation("course.outline")), modules);
        // Course text keeps its own language and direction inside a page in another one.
        for (var element : java.util.List.of(heading.getElement(), description.getElement(), modules.getElement())) {
            element.setAttribute("lang", outline.card().shownIn().code());
            element.setAttribute("dir", outline.card().shownIn().rightToLeft() ? "rtl" : "ltr");
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
