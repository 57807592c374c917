package org.passerelle.learning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import org.passerelle.catalog.Catalog;
import org.passerelle.catalog.CourseCard;
import org.passerelle.learning.LearningService;
import org.passerelle.learning.LearningService.Enrolled;
import org.passerelle.shared.ui.UiLanguage;

/** An administrator enrols people in a course by username or email, and sees what happened to each. */
@Route("admin/enrolments")
@RolesAllowed("ADMIN")
@Menu(title = "menu.enrolments", order = 57, icon = "vaadin:user-check")
public class EnrolPeopleView extends Main implements HasDynamicTitle {

    private final LearningService learning;
    private final Select<CourseCard> course = new Select<>();
    private final TextArea people = new TextArea();
    private final UnorderedList outcomes = new UnorderedList();

    public EnrolPeopleView(LearningService learning, Catalog catalog) {
        this.learning = learning;
        addClassName("page");
        setId(LearningIds.ENROL_PEOPLE);
        course.setLabel(getTranslation("enrol.course"));
        course.setItems(catalog.published("", UiLanguage.current(UI.getCurrent())));
        course.setItemLabelGenerator(CourseCard::title);
        course.setId(LearningIds.ENROL_COURSE);
        course.setWidth("min(32em, 100%)");
        people.setLabel(getTranslation("enrol.people"));
        people.setHelperText(getTranslation("enrol.people.help"));
        people.setId(LearningIds.ENROL_NAMES);
        people.setWidth("min(32em, 100%)");
        people.setMinRows(4);
        Button enrol = new Button(getTranslation("enrol.action"), click -> enrol());
        enrol.addThemeVariants(ButtonVariant.PRIMARY);
        enrol.setId(LearningIds.ENROL_SUBMIT);
        outcomes.setId("enrol-outcomes");
        outcomes.getElement().setAttribute("aria-live", "polite");
        add(
                new H1(getTranslation("enrol.title")),
                new Paragraph(getTranslation("enrol.intro")),
                course,
                people,
                enrol,
                outcomes);
    }

    private void enrol() {
        outcomes.removeAll();
        if (course.isEmpty()) {
            course.setInvalid(true);
            course.setErrorMessage(getTranslation("enrol.course.required"));
            return;
        }
        course.setInvalid(false);
        List<String> names = Arrays.asList(people.getValue().split("[\\n,;]+"));
        List<Enrolled> done = learning.enrolPeople(course.getValue().id(), names);
        if (done.isEmpty()) {
            people.setInvalid(true);
            people.setErrorMessage(getTranslation("enrol.people.required"));
            return;
        }
        people.setInvalid(false);
        for (Enrolled enrolled : done) {
            String key = switch (enrolled.outcome()) {
                case ENROLLED -> "enrol.outcome.enrolled";
                case ALREADY_ENROLLED -> "enrol.outcome.already";
                case UNKNOWN_PERSON -> "enrol.outcome.unknown";
                case INACTIVE_ACCOUNT -> "enrol.outcome.inactive";
            };
            outcomes.add(new ListItem(getTranslation(key, enrolled.person())));
        }
        // Lines that found nobody stay in the box, to be corrected; the others are done.
        people.setValue(String.join(
                "\n",
                done.stream()
                        .filter(e -> e.outcome() == Enrolled.Outcome.UNKNOWN_PERSON)
                        .map(Enrolled::person)
                        .toList()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("enrol.title");
    }
}
