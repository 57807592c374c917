package org.passerelle.identity.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The sign-in form as plain HTML posting to Spring Security: no component JavaScript on the one page every
 * learner must load, and browsers' password managers understand it.
 */
@Tag("form")
class SignInForm extends HtmlContainer {

    private final Div error = new Div();

    SignInForm() {
        setId(IdentityIds.SIGN_IN);
        addClassName("sign-in-form");
        getElement().setAttribute("method", "post");
        getElement().setAttribute("action", "login");
        getElement().setAttribute("aria-labelledby", "sign-in-title");

        H2 title = new H2(getTranslation("login.title"));
        title.setId("sign-in-title");

        error.setId(IdentityIds.SIGN_IN_ERROR);
        error.addClassName("sign-in-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        Element username = field("username", "text", "username");
        username.setAttribute("autocapitalize", "none");
        username.setAttribute("spellcheck", "false");
        username.setAttribute("autofocus", true);
        Element password = field("password", "password", "current-password");

        Element csrf = new Element("input");
        csrf.setAttribute("type", "hidden");
        csrf.setAttribute("value", csrfToken());
        csrf.setAttribute("name", "_csrf");

        NativeButton submit = new NativeButton(getTranslation("login.submit"));
        submit.getElement().setAttribute("type", "submit");
        submit.addClassName("sign-in-submit");

        add(title, error, label("username", getTranslation("login.username")));
        getElement().appendChild(username);
        add(label("password", getTranslation("login.password")));
        getElement().appendChild(password, csrf);
        add(submit);
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    /**
     * A plain input, not Vaadin's {@code Input}: nothing typed is sent to the server before the form is posted (the
     * password stays out of the session, and a page whose session ended does not reload under the person's fingers).
     */
    private static Element field(String name, String type, String autocomplete) {
        Element input = new Element("input");
        input.setAttribute("type", type);
        input.setAttribute("id", name);
        input.setAttribute("name", name);
        input.setAttribute("autocomplete", autocomplete);
        input.setAttribute("required", true);
        input.getClassList().add("sign-in-field");
        return input;
    }

    private static NativeLabel label(String forId, String text) {
        NativeLabel label = new NativeLabel(text);
        label.setFor(forId);
        return label;
    }

    /**
     * Spring Security's token for this session, which a sign-in must carry (SecurityConfiguration). Vaadin's page
     * script would replace it from an {@code XSRF-TOKEN} cookie, but tokens live in the session, so there is none.
     */
    private static String csrfToken() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        Object token = request == null ? null : request.getHttpServletRequest().getAttribute(CsrfToken.class.getName());
        return token instanceof CsrfToken csrf ? csrf.getToken() : "";
    }
}
