package org.passerelle.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One neutral answer for an address that does not exist and one the person may not open, so that nobody
 * learns which pages exist for other roles.
 */
@AnonymousAllowed
public class NotFoundView extends Main implements HasDynamicTitle, HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        setId(ShellIds.NOT_FOUND);
        addClassName("page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show(this);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    static void show(Main page) {
        page.removeAll();
        page.add(
                new H1(page.getTranslation("error.not-found.title")),
                new Paragraph(page.getTranslation("error.not-found.text")),
                new Anchor(
                        RouteConfiguration.forApplicationScope().getUrl(HomeView.class),
                        page.getTranslation("error.go-home")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.not-found.title");
    }
}
