package org.passerelle.catalog.ui.edit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.passerelle.catalog.AuthorRole;
import org.passerelle.catalog.CourseDrafts;
import org.passerelle.catalog.EditableCourse;
import org.passerelle.catalog.FolderNames;
import org.passerelle.catalog.Refused;
import org.passerelle.shared.Language;
import org.passerelle.shared.ui.UiLanguage;
import org.springframework.modulith.NamedInterface;

/** The instructor's home: the courses they own or co-author (every course for administrators), and a new one. */
@Route("courses")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
@Menu(title = "menu.courses", order = 20, icon = "vaadin:book")
@NamedInterface("pages")
public class MyCoursesView extends Main implements HasDynamicTitle {

    private final CourseDrafts drafts;
    private final TextField id = new TextField();
    private final TextField title = new TextField();
    private final Select<Language> language = new Select<>();

    public MyCoursesView(CourseDrafts drafts) {
        this.drafts = drafts;
        setId(EditorIds.COURSES);
        addClassName("page");
        add(new H1(getTranslation("home.instructor.title")), new Paragraph(getTranslation("editor.home.intro")));
        add(courses(drafts.editable(UiLanguage.current(UI.getCurrent()))));
        add(newCourse());
    }

    private Section courses(List<EditableCourse> courses) {
        Section section = new Section();
        section.setId(EditorIds.MY_COURSES);
        if (courses.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("editor.home.empty"));
            empty.addClassName("empty-state");
            section.add(empty);
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("editor-courses");
        for (EditableCourse course : courses) {
            Anchor link = new Anchor(EditorLinks.course(course.id()), course.title());
            link.getElement().setAttribute("router-link", true);
            Span facts = new Span(" — " + String.join(" · ", facts(course)));
            facts.addClassName("course-facts");
            ListItem item = new ListItem(link, facts);
            item.setId("course-" + course.id());
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private List<String> facts(EditableCourse course) {
        String published = course.publishedVersion() == 0
                ? getTranslation("editor.status.unpublished")
                : getTranslation("editor.status.published", course.publishedVersion());
        String role = course.role() == null
                ? getTranslation("editor.role.admin")
                : getTranslation(course.role() == AuthorRole.OWNER ? "editor.role.owner" : "editor.role.coauthor");
        return course.drafted()
                ? List.of(published, getTranslation("editor.status.draft"), role)
                : List.of(published, role);
    }

    private Section newCourse() {
        title.setLabel(getTranslation("editor.new.title"));
        title.setId(EditorIds.NEW_COURSE_TITLE);
        title.setWidth("min(32rem, 100%)");
        title.setMaxLength(200);
        id.setLabel(getTranslation("editor.new.id"));
        id.setHelperText(getTranslation("editor.new.id-help"));
        id.setId(EditorIds.NEW_COURSE_ID);
        id.setMaxLength(80);
        id.setWidth("min(32rem, 100%)"); // the offered name and the help under it read whole, as the title does
        // The name made from the title is offered as the placeholder, never written into the field: an answer
        // of the server arriving while the instructor types a name of their own would overwrite it.
        title.addValueChangeListener(change -> id.setPlaceholder(FolderNames.slug(change.getValue(), "")));
        language.setLabel(getTranslation("editor.new.language"));
        language.setId("new-course-language");
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setValue(UiLanguage.current(UI.getCurrent()));
        Button create = new Button(getTranslation("editor.new.create"), event -> create());
        create.setId(EditorIds.CREATE_COURSE);
        create.addThemeVariants(ButtonVariant.PRIMARY);
        Section section = new Section(new H2(getTranslation("editor.new.heading")), title, id, language, create);
        section.addClassName("new-course");
        return section;
    }

    private void create() {
        id.setInvalid(false);
        title.setInvalid(false);
        try {
            String created = drafts.create(id.getValue(), language.getValue(), title.getValue());
            EditorLinks.openCourse(created);
        } catch (Refused refused) {
            TextField field = refused.key().equals("editor.refused.title") ? title : id;
            field.setErrorMessage(getTranslation(refused.key(), refused.arguments()));
            field.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.instructor.title");
    }
}
