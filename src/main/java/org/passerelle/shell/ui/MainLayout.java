package org.passerelle.shell.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.identity.MyAccount;
import org.passerelle.identity.UserSummary;
import org.passerelle.shared.ui.LanguageSwitcher;

/**
 * The frame of every signed-in page, in plain HTML so that it costs no component JavaScript on a learner's
 * slow connection. The menu lists only the views the person's roles may open: it is built from the views'
 * {@code @Menu} entries, which Vaadin filters by the same access rules as navigation.
 */
@Layout
@PermitAll
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Div content = new Div();
    private final List<Anchor> links = new ArrayList<>();

    public MainLayout(MyAccount myAccount, AuthenticationContext authentication) {
        addClassName("app");
        UserSummary me = myAccount.current().orElse(null);

        Anchor brand =
                new Anchor(RouteConfiguration.forApplicationScope().getUrl(HomeView.class), getTranslation("app.name"));
        brand.addClassName("brand");
        brand.getElement().setAttribute("router-link", true);

        UnorderedList items = new UnorderedList();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            // Relative to the page's <base>, so Passerelle also works under a context path.
            String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
            Anchor link = new Anchor(path, getTranslation(entry.title()));
            link.getElement().setAttribute("router-link", true);
            links.add(link);
            items.add(new ListItem(link));
        }
        Nav nav = new Nav(items);
        nav.setId(ShellIds.MAIN_MENU);
        nav.getElement().setAttribute("aria-label", getTranslation("menu.label"));

        Span who = new Span(me == null ? "" : me.displayName());
        who.addClassName("who");
        who.setId(ShellIds.SIGNED_IN_AS);
        NativeButton signOut = new NativeButton(getTranslation("action.sign-out"), event -> authentication.logout());
        signOut.setId(ShellIds.SIGN_OUT);
        signOut.addClassName("sign-out");
        Div account = new Div(who, new LanguageSwitcher(myAccount::changeLanguage), signOut);
        account.addClassName("top-bar");

        Header header = new Header(brand, nav, account);
        header.addClassName("app-header");
        content.addClassName("app-content");
        content.getElement().setAttribute("role", "presentation");
        add(header, content);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        content.getElement().removeAllChildren();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        for (Anchor link : links) {
            if (link.getHref().equals(path)) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        }
    }
}
