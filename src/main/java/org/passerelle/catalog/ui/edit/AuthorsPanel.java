package org.passerelle.catalog.ui.edit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.passerelle.catalog.AuthorRole;
import org.passerelle.catalog.CourseAuthor;
import org.passerelle.catalog.CourseAuthorship;
import org.passerelle.catalog.Refused;
import org.passerelle.shared.ui.Confirm;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who may edit the course besides administrators; administrators add and remove owners and co-authors. */
class AuthorsPanel extends Section {

    private final CourseAuthorship authorship;
    private final String courseId;
    private final UnorderedList list = new UnorderedList();
    private final boolean admin;

    AuthorsPanel(CourseAuthorship authorship, String courseId) {
        this.authorship = authorship;
        this.courseId = courseId;
        setId("course-authors");
        admin = SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
        add(new H2(getTranslation("editor.authors")), list);
        show();
        if (admin) {
            add(adder());
        }
    }

    private void show() {
        list.removeAll();
        for (CourseAuthor author : authorship.authors(courseId)) {
            ListItem item = new ListItem(author.username() + " — " + getTranslation(role(author.role())));
            if (admin) {
                Button remove = new Button(
                        getTranslation("editor.remove"),
                        event -> Confirm.ask(
                                getTranslation("editor.authors.remove-title", author.username()),
                                getTranslation("editor.authors.remove-text", author.username()),
                                getTranslation("editor.remove"),
                                true,
                                () -> {
                                    authorship.remove(courseId, author.userId());
                                    show();
                                }));
                remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                remove.getElement()
                        .setAttribute("aria-label", getTranslation("editor.remove-named", author.username()));
                item.add(remove);
            }
            list.add(item);
        }
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new ListItem(getTranslation("editor.authors.none")));
        }
    }

    private Div adder() {
        TextField who = new TextField(getTranslation("editor.authors.who"));
        who.setId("author-who");
        Select<AuthorRole> role = new Select<>();
        role.setLabel(getTranslation("editor.authors.role"));
        role.setItems(AuthorRole.values());
        role.setItemLabelGenerator(value -> getTranslation(role(value)));
        role.setValue(AuthorRole.COAUTHOR);
        Button add = new Button(getTranslation("editor.authors.add"), event -> {
            try {
                authorship.add(courseId, who.getValue(), role.getValue());
                who.clear();
                who.setInvalid(false);
                show();
            } catch (Refused refused) {
                who.setErrorMessage(getTranslation(refused.key(), refused.arguments()));
                who.setInvalid(true);
            }
        });
        add.setId("author-add");
        Div adder = new Div(who, role, add);
        adder.addClassName("adder");
        return adder;
    }

    private static String role(AuthorRole role) {
        return role == AuthorRole.OWNER ? "editor.role.owner" : "editor.role.coauthor";
    }
}
