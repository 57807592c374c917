package org.passerelle.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import org.passerelle.identity.web.SignInFormExpired;
import org.passerelle.identity.web.SignInFromThisSite;
import org.passerelle.shared.IssuerLogo;
import org.passerelle.shared.ui.IssuerLogoImage;
import org.passerelle.shared.ui.LanguageSwitcher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.NamedInterface;

/** Sign-in. The form posts to Spring Security; failures come back as a reason in the query string. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
@NamedInterface("pages")
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SignInForm form = new SignInForm();

    /**
     * @param institution who runs this platform ({@code passerelle.issuer.name}), shown when it is not the app's name
     * @param logo its logo, if any, at the top of the card
     */
    public LoginView(@Value("${passerelle.issuer.name:Passerelle}") String institution, IssuerLogo logo) {
        addClassName("login-view");
        LanguageSwitcher languages = new LanguageSwitcher(language -> {});
        Div top = new Div(languages);
        top.addClassName("login-languages");

        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("login-brand");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("login-tagline");

        Paragraph help = new Paragraph(getTranslation("login.help"));
        help.addClassName("login-help");
        Div card = new Div();
        // alt="": the institution is named in the card (below, or it is the title), and saying it twice helps nobody.
        IssuerLogoImage.of(logo, "").ifPresent(image -> {
            image.getStyle().set("margin-block-start", "1.5rem");
            title.getStyle().set("margin-block-start", "0.75rem");
            card.add(image);
        });
        card.add(title, tagline);
        if (!institution.isBlank() && !institution.strip().equals(getTranslation("app.name"))) {
            Paragraph runBy = new Paragraph(getTranslation("login.run-by", institution.strip()));
            runBy.setId(IdentityIds.RUN_BY);
            runBy.addClassName("login-run-by");
            card.add(runBy);
        }
        // A plain link: it works in the page's HTML copy, before (and without) the scripts. By its address, not its
        // class (see ForgotPasswordView.ROUTE).
        Anchor forgot = new Anchor(ForgotPasswordView.ROUTE, getTranslation("login.forgot"));
        forgot.setId(IdentityIds.FORGOT_PASSWORD_LINK);
        forgot.addClassName("login-forgot");
        card.add(form, forgot, help);
        card.addClassName("login-card");
        add(top, card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        String message = null;
        if (parameters.containsKey("locked")) {
            message = getTranslation(
                    "login.error.locked", minutes(event.getLocation().getQueryParameters(), "locked"));
        } else if (parameters.containsKey("throttled")) {
            message = getTranslation(
                    "login.error.throttled", seconds(event.getLocation().getQueryParameters(), "throttled"));
        } else if (parameters.containsKey("unavailable")) {
            message = getTranslation("error.database-unavailable");
        } else if (parameters.containsKey("disabled")) {
            message = getTranslation("login.error.disabled");
        } else if (parameters.containsKey(SignInFormExpired.EXPIRED)) {
            message = getTranslation("login.error.expired");
        } else if (parameters.containsKey(SignInFromThisSite.REFUSED)) {
            message = getTranslation("login.error.other-site");
        } else if (parameters.containsKey("error")) {
            message = getTranslation("login.error.credentials");
        }
        if (message != null) {
            form.showError(message);
        }
    }

    private static long seconds(QueryParameters parameters, String name) {
        return parameters.getSingleParameter(name).map(LoginView::parse).orElse(60L);
    }

    private static long minutes(QueryParameters parameters, String name) {
        return (seconds(parameters, name) + 59) / 60;
    }

    private static long parse(String value) {
        try {
            return Math.max(1, Long.parseLong(value));
        } catch (NumberFormatException e) {
            return 60;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
