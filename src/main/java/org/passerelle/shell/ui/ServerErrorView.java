package org.passerelle.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a person sees when a page fails while it opens (the database busy or away, an unexpected error): a short
 * message in their language and a way to try again, never the exception Vaadin would otherwise print. Found by
 * {@code ConcurrentLearnersBench}: under overload, pages showed "There was an exception while trying to navigate…"
 * with the exception's class and message.
 */
@AnonymousAllowed
public class ServerErrorView extends Main implements HasDynamicTitle, HasErrorParameter<Exception> {

    public ServerErrorView() {
        setId(ShellIds.SERVER_ERROR);
        addClassName("page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        FriendlyErrors.Kind kind = FriendlyErrors.classify(parameter.getCaughtException());
        removeAll();
        Anchor again = new Anchor(event.getLocation().getPathWithQueryParameters(), getTranslation("error.try-again"));
        again.setId(ShellIds.TRY_AGAIN);
        add(
                new H1(getTranslation("error.server.title")),
                new Paragraph(getTranslation(kind.messageKey())),
                again,
                new Paragraph(new Anchor(
                        RouteConfiguration.forApplicationScope().getUrl(HomeView.class),
                        getTranslation("error.go-home"))));
        return kind == FriendlyErrors.Kind.DATABASE
                ? HttpServletResponse.SC_SERVICE_UNAVAILABLE
                : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.server.title");
    }
}
