package org.passerelle.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Objects;
import java.util.Optional;
import org.passerelle.identity.PasswordPolicy;
import org.passerelle.identity.PasswordReset;
import org.passerelle.shared.FieldProblem;
import org.passerelle.shared.ui.LanguageSwitcher;
import org.passerelle.shared.ui.Note;

/**
 * Where a reset link leads: a new password, twice, with the usual rule. A link that is unknown, used or more than an
 * hour old gets one neutral answer and a way to ask for a new one.
 */
@Route(value = PasswordReset.PAGE + "/:token?", autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordReset reset;
    private final Div card = new Div();
    private String token = "";

    public ResetPasswordView(PasswordReset reset) {
        this.reset = reset;
        addClassName("login-view");
        setId(IdentityIds.RESET);
        Div top = new Div(new LanguageSwitcher(language -> {}));
        top.addClassName("login-languages");
        card.addClassName("login-card");
        card.addClassName("reset-card");
        add(top, card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        card.removeAll();
        H1 title = new H1(getTranslation("reset.title"));
        title.addClassName("login-brand");
        card.add(title);
        Optional<String> username = reset.username(token);
        if (username.isEmpty()) {
            invalid();
        } else {
            form(username.get());
        }
    }

    private void form(String username) {
        Paragraph explain = new Paragraph(getTranslation("reset.explain"));
        explain.addClassName("login-tagline");
        Paragraph account = new Paragraph(getTranslation("reset.account", username));
        account.setId(IdentityIds.RESET_ACCOUNT);
        PasswordField password = new PasswordField(getTranslation("reset.password"));
        password.setId(IdentityIds.RESET_PASSWORD);
        password.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setWidthFull();
        PasswordField repeat = new PasswordField(getTranslation("reset.repeat"));
        repeat.setId(IdentityIds.RESET_REPEAT);
        repeat.setMaxLength(PasswordPolicy.MAX_LENGTH);
        repeat.setWidthFull();
        Note message = new Note(IdentityIds.RESET_MESSAGE);
        Button submit = new Button(getTranslation("reset.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setId(IdentityIds.RESET_SUBMIT);
        submit.addClickListener(click -> {
            if (!Objects.equals(password.getValue(), repeat.getValue())) {
                message.sayError(getTranslation("activate.mismatch"));
                repeat.focus();
                return;
            }
            try {
                done(reset.reset(token, password.getValue()));
            } catch (FieldProblem problem) {
                if ("token".equals(problem.field())) {
                    card.removeAll();
                    invalid();
                } else {
                    message.sayError(getTranslation(problem.messageKey(), PasswordPolicy.MIN_LENGTH));
                    password.focus();
                }
            }
        });
        card.add(explain, account, password, repeat, message, submit);
    }

    private void invalid() {
        Paragraph text = new Paragraph(getTranslation("reset.invalid"));
        text.setId(IdentityIds.RESET_INVALID);
        Anchor again = new Anchor(
                RouteConfiguration.forApplicationScope().getUrl(ForgotPasswordView.class),
                getTranslation("reset.ask-again"));
        again.addClassName("login-forgot");
        card.add(text, again);
    }

    private void done(String username) {
        card.removeAll();
        H1 title = new H1(getTranslation("reset.done-title"));
        title.addClassName("login-brand");
        Paragraph text = new Paragraph(getTranslation("reset.done", username));
        text.setId(IdentityIds.RESET_DONE);
        Anchor signIn = new Anchor(
                RouteConfiguration.forApplicationScope().getUrl(LoginView.class), getTranslation("reset.sign-in"));
        signIn.setId(IdentityIds.RESET_SIGN_IN);
        card.add(title, text, signIn);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title");
    }
}
