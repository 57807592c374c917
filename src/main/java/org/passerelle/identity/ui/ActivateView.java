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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Objects;
import org.passerelle.identity.AccountActivation;
import org.passerelle.identity.PasswordPolicy;
import org.passerelle.shared.FieldProblem;
import org.passerelle.shared.ui.LanguageSwitcher;
import org.passerelle.shared.ui.Note;
import org.springframework.modulith.NamedInterface;

/**
 * Where someone enrolled by their organiser activates their account: the one-time code (from the link or
 * typed from paper) and a password of their own. Unknown, used and expired codes get one neutral answer.
 */
@Route(value = "activate/:code?", autoLayout = false)
@AnonymousAllowed
@NamedInterface("pages")
public class ActivateView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountActivation activation;
    private final TextField code = new TextField();
    private final Paragraph account = new Paragraph();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Note message = new Note("activate-message");
    private final Div card = new Div();

    public ActivateView(AccountActivation activation) {
        this.activation = activation;
        addClassName("login-view");
        setId(IdentityIds.ACTIVATE);
        Div top = new Div(new LanguageSwitcher(language -> {}));
        top.addClassName("login-languages");
        H1 title = new H1(getTranslation("activate.title"));
        title.addClassName("login-brand");
        Paragraph explain = new Paragraph(getTranslation("activate.explain"));
        explain.addClassName("login-tagline");
        code.setLabel(getTranslation("activate.code"));
        code.setId("activate-code");
        code.setMaxLength(40);
        code.addValueChangeListener(change -> lookUp());
        account.setId(IdentityIds.ACTIVATE_ACCOUNT);
        password.setLabel(getTranslation("activate.password"));
        password.setId(IdentityIds.ACTIVATE_PASSWORD);
        password.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        repeat.setLabel(getTranslation("activate.repeat"));
        repeat.setId(IdentityIds.ACTIVATE_REPEAT);
        repeat.setMaxLength(PasswordPolicy.MAX_LENGTH);
        Button submit = new Button(getTranslation("activate.submit"), click -> activate());
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setId("activate-submit");
        card.add(title, explain, code, account, password, repeat, message, submit);
        card.addClassName("login-card");
        add(top, card);
    }

    /** The page that activates an account with its code, relative to the app's base. */
    public static String address(String code) {
        return RouteConfiguration.forApplicationScope().getUrl(ActivateView.class, new RouteParameters("code", code));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("code").ifPresent(code::setValue);
    }

    private void lookUp() {
        message.clear();
        account.setText(activation
                .username(code.getValue())
                .map(username -> getTranslation("activate.account", username))
                .orElse(""));
    }

    private void activate() {
        if (!Objects.equals(password.getValue(), repeat.getValue())) {
            message.sayError(getTranslation("activate.mismatch"));
            repeat.focus();
            return;
        }
        try {
            String username = activation.activate(code.getValue(), password.getValue());
            card.removeAll();
            H1 done = new H1(getTranslation("activate.done-title"));
            done.addClassName("login-brand");
            Paragraph text = new Paragraph(getTranslation("activate.done", username));
            text.setId(IdentityIds.ACTIVATE_DONE);
            Anchor signIn = new Anchor(
                    RouteConfiguration.forApplicationScope().getUrl(LoginView.class),
                    getTranslation("activate.sign-in"));
            signIn.setId("activate-sign-in");
            card.add(done, text, signIn);
        } catch (FieldProblem problem) {
            if ("code".equals(problem.field())) {
                message.sayError(getTranslation("activation.invalid"));
                code.focus();
            } else {
                message.sayError(getTranslation(problem.messageKey(), PasswordPolicy.MIN_LENGTH));
                password.focus();
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activate.title");
    }
}
