package org.passerelle.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.passerelle.identity.PasswordReset;
import org.passerelle.identity.TooManyResetRequests;
import org.passerelle.shared.ui.LanguageSwitcher;
import org.passerelle.shared.ui.Note;

/**
 * Where someone who forgot their password asks for a link by e-mail. The page says the same whatever address is
 * typed, so that it tells nobody which addresses have an account.
 */
@Route(value = ForgotPasswordView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends Main implements HasDynamicTitle {

    /**
     * The page's address. The sign-in page links here by this constant, which the compiler copies in, and not by
     * the class: a class named in the sign-in page's code would put this page's components (e-mail field, button,
     * tooltip: 35 KB) into the scripts every visitor of the sign-in page downloads.
     */
    static final String ROUTE = "forgot-password";

    private final PasswordReset reset;
    private final EmailField email = new EmailField();
    private final Note message = new Note(IdentityIds.FORGOT_MESSAGE);

    public ForgotPasswordView(PasswordReset reset) {
        this.reset = reset;
        addClassName("login-view");
        setId(IdentityIds.FORGOT);
        Div top = new Div(new LanguageSwitcher(language -> {}));
        top.addClassName("login-languages");
        H1 title = new H1(getTranslation("forgot.title"));
        title.addClassName("login-brand");
        Paragraph explain = new Paragraph(getTranslation("forgot.explain"));
        explain.addClassName("login-tagline");
        email.setLabel(getTranslation("forgot.email"));
        email.setId(IdentityIds.FORGOT_EMAIL);
        email.setMaxLength(254);
        email.setWidthFull();
        Button submit = new Button(getTranslation("forgot.submit"), click -> send());
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setId(IdentityIds.FORGOT_SUBMIT);
        Anchor back = new Anchor(
                RouteConfiguration.forApplicationScope().getUrl(LoginView.class), getTranslation("forgot.back"));
        back.addClassName("login-forgot");
        Div card = new Div(title, explain, email, message, submit, back);
        card.addClassName("login-card");
        card.addClassName("reset-card");
        add(top, card);
    }

    private void send() {
        VaadinRequest request = VaadinRequest.getCurrent();
        try {
            reset.request(email.getValue(), request == null ? null : request.getRemoteAddr());
            message.saySuccess(getTranslation("forgot.sent"));
        } catch (TooManyResetRequests e) {
            message.sayError(getTranslation("forgot.throttled"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title");
    }
}
