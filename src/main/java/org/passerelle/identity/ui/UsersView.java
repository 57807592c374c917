package org.passerelle.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.passerelle.identity.UserAdministration;
import org.passerelle.identity.UserSummary;
import org.passerelle.shared.Countries;
import org.springframework.modulith.NamedInterface;

/** Administrators find, create and edit accounts. The grid pages through the database. */
@Route("admin/users")
@RolesAllowed("ADMIN")
@Menu(title = "menu.users", order = 50, icon = "vaadin:users")
@NamedInterface("pages")
public class UsersView extends Main implements HasDynamicTitle {

    private final UserAdministration administration;
    private final Grid<UserSummary> grid = new Grid<>();
    private final TextField search = new TextField();

    public UsersView(UserAdministration administration) {
        this.administration = administration;
        addClassName("page");
        H1 title = new H1(getTranslation("users.title"));

        search.setPlaceholder(getTranslation("users.search"));
        search.setAriaLabel(getTranslation("users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        search.setId(IdentityIds.USER_SEARCH);

        Button create = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(), event -> open(null));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId(IdentityIds.NEW_USER);

        HorizontalLayout toolbar = new HorizontalLayout(search, create);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        // On a narrow phone the button goes under the search field instead of past the screen's edge.
        toolbar.setWrap(true);
        search.setWidth("min(28em, 100%)");

        grid.addColumn(UserSummary::username)
                .setHeader(getTranslation("user.username"))
                .setAutoWidth(true);
        grid.addColumn(UserSummary::displayName)
                .setHeader(getTranslation("user.display-name"))
                .setAutoWidth(true);
        grid.addColumn(UserSummary::email)
                .setHeader(getTranslation("user.email"))
                .setAutoWidth(true);
        grid.addColumn(user -> user.country() == null ? "" : Countries.name(user.country(), getLocale()))
                .setHeader(getTranslation("user.country"));
        grid.addColumn(user -> user.language().nativeName()).setHeader(getTranslation("user.language"));
        grid.addColumn(user -> user.roles().stream()
                        .map(role -> getTranslation(role.labelKey()))
                        .sorted()
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("user.roles"));
        grid.addColumn(user -> getTranslation(user.active() ? "user.status.active" : "user.status.deactivated"))
                .setHeader(getTranslation("user.status"));
        grid.setItems(
                query -> administration.search(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) administration.search(search.getValue(), 0, 1).getTotalElements());
        grid.addItemClickListener(event -> open(event.getItem()));
        grid.setEmptyStateText(getTranslation("users.empty"));
        grid.setAriaLabel(getTranslation("users.title"));
        grid.setId(IdentityIds.USERS);

        add(title, toolbar, grid);
    }

    private void open(UserSummary user) {
        new UserDialog(administration, user, saved -> grid.getDataProvider().refreshAll()).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
