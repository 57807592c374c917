package org.passerelle.identity.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.passerelle.identity.AccountDetails;
import org.passerelle.identity.AccountRules;
import org.passerelle.identity.PasswordPolicy;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserAdministration;
import org.passerelle.identity.UserSummary;
import org.passerelle.shared.Countries;
import org.passerelle.shared.FieldProblem;
import org.passerelle.shared.Language;
import org.passerelle.shared.ui.Confirm;

/**
 * Creates or edits one account. Each field is checked by the account rules as it is left, and the server checks
 * again what only it knows (a username or email already taken, the last administrator); what the administrator
 * typed stays in the form when a rule refuses it.
 */
class UserDialog extends Dialog {

    private final UserAdministration administration;
    private final UserSummary existing;
    private final Consumer<UserSummary> saved;

    private final Binder<AccountDetails> binder = new Binder<>(AccountDetails.class);

    UserDialog(UserAdministration administration, UserSummary existing, Consumer<UserSummary> saved) {
        this.administration = administration;
        this.existing = existing;
        this.saved = saved;
        setHeaderTitle(getTranslation(existing == null ? "user.dialog.create" : "user.dialog.edit"));
        setWidth("min(40em, 95vw)");

        TextField username = new TextField();
        TextField displayName = new TextField();
        TextField email = new TextField();
        ComboBox<String> country = new ComboBox<>();
        Select<Language> language = new Select<>();
        CheckboxGroup<Role> roles = new CheckboxGroup<>();
        PasswordField password = new PasswordField();
        // The account rules decide what is valid; the fields show their verdict instead of their own.
        username.setManualValidation(true);
        displayName.setManualValidation(true);
        email.setManualValidation(true);
        country.setManualValidation(true);
        password.setManualValidation(true);
        username.setLabel(getTranslation("user.username"));
        username.setRequiredIndicatorVisible(true);
        username.setId(IdentityIds.USER_USERNAME);
        displayName.setLabel(getTranslation("user.display-name"));
        displayName.setRequiredIndicatorVisible(true);
        displayName.setId(IdentityIds.USER_DISPLAY_NAME);
        email.setLabel(getTranslation("user.email"));
        email.setRequiredIndicatorVisible(true);
        email.setId(IdentityIds.USER_EMAIL);
        // A plain text field, not an email field: the account rule is the only judge, and nothing typed is held back.
        email.setAutocomplete(Autocomplete.EMAIL);
        country.setLabel(getTranslation("user.country"));
        country.setItems(Countries.sortedCodes(getLocale()));
        country.setItemLabelGenerator(code -> Countries.name(code, getLocale()) + " (" + code + ")");
        country.setClearButtonVisible(true);
        country.setId(IdentityIds.USER_COUNTRY);
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
        password.setId(IdentityIds.USER_PASSWORD);

        binder.forField(username).withValidator(rule(AccountRules::username)).bind("username");
        binder.forField(displayName)
                .withValidator(rule(AccountRules::displayName))
                .bind("displayName");
        binder.forField(email).withValidator(rule(AccountRules::email)).bind("email");
        binder.forField(country).withValidator(rule(AccountRules::country)).bind("country");
        binder.forField(language).bind("language");
        binder.forField(roles).bind("roles");
        // Only a new account's password is read; an existing one keeps its own.
        binder.forField(password)
                .withValidator((typed, context) -> {
                    String problem = existing == null ? PasswordPolicy.problem(typed) : null;
                    return problem == null
                            ? ValidationResult.ok()
                            : ValidationResult.error(getTranslation(problem, PasswordPolicy.MIN_LENGTH));
                })
                .bind("password");

        FormLayout form = new FormLayout(username, displayName, email, country, language, roles);
        form.setColspan(roles, 2);
        if (existing == null) {
            form.add(password);
            binder.readRecord(new AccountDetails("", "", "", null, Language.DEFAULT, EnumSet.of(Role.LEARNER), ""));
        } else {
            binder.readRecord(new AccountDetails(
                    existing.username(),
                    existing.displayName(),
                    existing.email(),
                    existing.country(),
                    existing.language(),
                    existing.roles(),
                    ""));
            getFooter().add(resetPasswordButton(), activationButton());
        }
        add(form);

        Button save = new Button(getTranslation("action.save"), event -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId(IdentityIds.USER_SAVE);
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        getFooter().add(cancel, save);
    }

    private void save() {
        AccountDetails details;
        try {
            details = binder.writeRecord();
        } catch (ValidationException e) {
            // Each field that a rule refuses says why.
            return;
        }
        try {
            UserSummary result =
                    existing == null ? administration.create(details) : administration.update(existing.id(), details);
            notify(getTranslation("user.saved", result.username()), NotificationVariant.SUCCESS);
            saved.accept(result);
            close();
        } catch (FieldProblem problem) {
            String message = getTranslation(problem.messageKey(), PasswordPolicy.MIN_LENGTH);
            Optional<HasValidation> field = binder.getBinding(problem.field())
                    .map(Binder.Binding::getField)
                    .filter(HasValidation.class::isInstance)
                    .map(HasValidation.class::cast);
            field.ifPresentOrElse(
                    refused -> {
                        refused.setErrorMessage(message);
                        refused.setInvalid(true);
                    },
                    () -> notify(message, NotificationVariant.ERROR));
        }
    }

    /** An account rule as a check of one field: its refusal, in the reader's language, is the field's error. */
    private <T> Validator<T> rule(Function<T, ?> rule) {
        return (typed, context) -> {
            try {
                rule.apply(typed);
                return ValidationResult.ok();
            } catch (FieldProblem problem) {
                return ValidationResult.error(getTranslation(problem.messageKey(), PasswordPolicy.MIN_LENGTH));
            }
        };
    }

    private Button resetPasswordButton() {
        Button reset = new Button(
                getTranslation("user.reset-password"),
                event -> Confirm.ask(
                        getTranslation("user.reset-password"),
                        getTranslation("user.reset-password.confirm", existing.username()),
                        getTranslation("user.reset-password"),
                        false,
                        () -> new NewPasswordDialog(existing.username(), administration.resetPassword(existing.id()))
                                .open()));
        reset.setId("user-reset-password");
        return reset;
    }

    private Button activationButton() {
        boolean deactivate = existing.active();
        String action = getTranslation(deactivate ? "user.deactivate" : "user.reactivate");
        Button button = new Button(
                action,
                event -> Confirm.ask(
                        action,
                        getTranslation(
                                deactivate ? "user.deactivate.confirm" : "user.reactivate.confirm",
                                existing.username()),
                        action,
                        deactivate,
                        () -> {
                            try {
                                saved.accept(administration.setActive(existing.id(), !deactivate));
                                close();
                            } catch (FieldProblem problem) {
                                notify(getTranslation(problem.messageKey()), NotificationVariant.ERROR);
                            }
                        }));
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
