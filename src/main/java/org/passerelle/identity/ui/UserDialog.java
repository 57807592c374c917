package org.passerelle.identity.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Consumer;
import org.passerelle.identity.AccountDetails;
import org.passerelle.identity.PasswordPolicy;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserAdministration;
import org.passerelle.identity.UserSummary;
import org.passerelle.shared.Countries;
import org.passerelle.shared.FieldProblem;
import org.passerelle.shared.Language;

/** Creates or edits one account. What the administrator typed stays in the form when a rule refuses it. */
class UserDialog extends Dialog {

    private final UserAdministration administration;
    private final UserSummary existing;
    private final Consumer<UserSummary> saved;

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final TextField email = new TextField();
    private final ComboBox<String> country = new ComboBox<>();
    private final Select<Language> language = new Select<>();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final PasswordField password = new PasswordField();
    private final Map<String, HasValidation> fields;

    UserDialog(UserAdministration administration, UserSummary existing, Consumer<UserSummary> saved) {
        this.administration = administration;
        this.existing = existing;
        this.saved = saved;
        this.fields = Map.of(
                "username",
                username,
                "displayName",
                displayName,
                "email",
                email,
                "country",
                country,
                "roles",
                roles,
                "password",
                password);
        setHeaderTitle(getTranslation(existing == null ? "user.dialog.create" : "user.dialog.edit"));
        setWidth("min(40em, 95vw)");

        // The server decides what is valid; the fields show its verdict instead of their own.
        username.setManualValidation(true);
        displayName.setManualValidation(true);
        email.setManualValidation(true);
        country.setManualValidation(true);
        password.setManualValidation(true);
        username.setLabel(getTranslation("user.username"));
        username.setRequiredIndicatorVisible(true);
        username.setId("user-username");
        displayName.setLabel(getTranslation("user.display-name"));
        displayName.setRequiredIndicatorVisible(true);
        displayName.setId("user-display-name");
        email.setLabel(getTranslation("user.email"));
        email.setRequiredIndicatorVisible(true);
        email.setId("user-email");
        // A plain text field: the server's rule is the only judge, so nothing typed is silently held back.
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        country.setLabel(getTranslation("user.country"));
        country.setItems(Countries.sortedCodes(getLocale()));
        country.setItemLabelGenerator(code -> Countries.name(code, getLocale()) + " (" + code + ")");
        country.setClearButtonVisible(true);
        country.setId("user-country");
        language.setLabel(getTranslation("user.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setId("user-language");
        roles.setLabel(getTranslation("user.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation(role.labelKey()));
        roles.setId("user-roles");
        password.setLabel(getTranslation("user.password"));
        password.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH));
        password.setId("user-password");

        FormLayout form = new FormLayout(username, displayName, email, country, language, roles);
        form.setColspan(roles, 2);
        if (existing == null) {
            form.add(password);
            language.setValue(Language.DEFAULT);
            roles.setValue(EnumSet.of(Role.LEARNER));
        } else {
            username.setValue(existing.username());
            displayName.setValue(existing.displayName());
            email.setValue(existing.email());
            country.setValue(existing.country());
            language.setValue(existing.language());
            roles.setValue(existing.roles());
            getFooter().add(resetPasswordButton(), activationButton());
        }
        add(form);

        Button save = new Button(getTranslation("action.save"), event -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("user-save");
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        getFooter().add(cancel, save);
    }

    private void save() {
        fields.values().forEach(field -> field.setInvalid(false));
        AccountDetails details = new AccountDetails(
                username.getValue(),
                displayName.getValue(),
                email.getValue(),
                country.getValue(),
                language.getValue(),
                roles.getValue(),
                password.getValue());
        try {
            UserSummary result =
                    existing == null ? administration.create(details) : administration.update(existing.id(), details);
            notify(getTranslation("user.saved", result.username()), NotificationVariant.SUCCESS);
            saved.accept(result);
            close();
        } catch (FieldProblem problem) {
            HasValidation field = fields.get(problem.field());
            String message = getTranslation(problem.messageKey(), PasswordPolicy.MIN_LENGTH);
            if (field == null) {
                notify(message, NotificationVariant.ERROR);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        }
    }

    private Button resetPasswordButton() {
        Button reset = new Button(getTranslation("user.reset-password"), event -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("user.reset-password"));
            confirm.setText(getTranslation("user.reset-password.confirm", existing.username()));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmText(getTranslation("user.reset-password"));
            confirm.addConfirmListener(confirmed ->
                    new NewPasswordDialog(existing.username(), administration.resetPassword(existing.id())).open());
            confirm.open();
        });
        reset.setId("user-reset-password");
        return reset;
    }

    private Button activationButton() {
        boolean deactivate = existing.active();
        Button button = new Button(getTranslation(deactivate ? "user.deactivate" : "user.reactivate"), event -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation(deactivate ? "user.deactivate" : "user.reactivate"));
            confirm.setText(getTranslation(
                    deactivate ? "user.deactivate.confirm" : "user.reactivate.confirm", existing.username()));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmText(getTranslation(deactivate ? "user.deactivate" : "user.reactivate"));
            if (deactivate) {
                confirm.setConfirmButtonTheme("error primary");
            }
            confirm.addConfirmListener(confirmed -> {
                try {
                    saved.accept(administration.setActive(existing.id(), !deactivate));
                    close();
                } catch (FieldProblem problem) {
                    notify(getTranslation(problem.messageKey()), NotificationVariant.ERROR);
                }
            });
            confirm.open();
        });
        if (deactivate) {
            button.addThemeVariants(ButtonVariant.ERROR);
        }
        button.setId("user-activation");
        return button;
    }

    private static void notify(String message, NotificationVariant variant) {
        Notification notification = Notification.show(message, 5000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }
}
