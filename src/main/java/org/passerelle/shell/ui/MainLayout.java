package org.passerelle.shell.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeDetails;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.passerelle.identity.MyAccount;
import org.passerelle.identity.UserSummary;
import org.passerelle.shared.IssuerLogo;
import org.passerelle.shared.ui.IssuerLogoImage;
import org.passerelle.shared.ui.LanguageSwitcher;
import org.springframework.beans.factory.annotation.Value;

/**
 * The frame of every signed-in page, in plain HTML so that it costs no component JavaScript on a learner's
 * slow connection. The menu lists only the views the person's roles may open: it is built from the views'
 * {@code @Menu} entries, which Vaadin filters by the same access rules as navigation. On a desktop it is one row,
 * the administration pages grouped under one disclosure; on a phone one bar whose menu button opens the rest.
 */
@Layout
@PermitAll
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    /** Menu entries from this order on are administration pages, grouped under one entry. */
    static final int ADMINISTRATION_ORDER = 40;

    /**
     * The menu button and the administration group need a few lines in the page, run by Vaadin's client when the
     * frame is first shown (no script file): toggle, close on Escape, close the group when clicking elsewhere.
     */
    private static final String MENU_BEHAVIOUR = """
            const header = this;
            const toggle = header.querySelector('.menu-toggle');
            const show = (open) => {
              header.classList.toggle('menu-open', open);
              toggle.setAttribute('aria-expanded', String(open));
            };
            toggle.addEventListener('click', () => show(!header.classList.contains('menu-open')));
            header.addEventListener('keydown', (event) => {
              if (event.key !== 'Escape') return;
              const group = header.querySelector('details[open]');
              if (group) { group.open = false; group.querySelector('summary').focus(); }
              else if (header.classList.contains('menu-open')) { show(false); toggle.focus(); }
            });
            document.addEventListener('click', (event) => {
              header.querySelectorAll('details[open]').forEach((group) => {
                if (!group.contains(event.target)) group.open = false;
              });
            });
            """;

    private static final String CLOSE_MENUS = """
            this.classList.remove('menu-open');
            this.querySelector('.menu-toggle').setAttribute('aria-expanded', 'false');
            this.querySelectorAll('details[open]').forEach((group) => group.open = false);
            """;

    private final Header header = new Header();
    private final Anchor skip = new Anchor("#" + ShellIds.CONTENT, "");
    private final Div content = new Div();
    private final List<Anchor> links = new ArrayList<>();
    private final Set<Anchor> administrationLinks = new HashSet<>();

    public MainLayout(
            MyAccount myAccount,
            AuthenticationContext authentication,
            IssuerLogo logo,
            @Value("${passerelle.issuer.name:Passerelle}") String institution) {
        addClassName("app");
        UserSummary me = myAccount.current().orElse(null);

        skip.setText(getTranslation("menu.skip-to-content"));
        skip.addClassName("skip-link");

        Anchor brand =
                new Anchor(RouteConfiguration.forApplicationScope().getUrl(HomeView.class), getTranslation("app.name"));
        brand.addClassName("brand");
        // Inside the home link, whose name it then starts with: "<institution> Passerelle" (not the app's name twice).
        String alt = institution.strip().equals(getTranslation("app.name")) ? "" : institution.strip();
        IssuerLogoImage.of(logo, alt).ifPresent(image -> {
            // Narrower on a phone, so that the header stays one bar with the name and the menu button.
            image.getStyle().set("max-width", "min(10rem, 28vw)");
            brand.getElement().insertChild(0, image.getElement());
            brand.getStyle()
                    .set("display", "inline-flex")
                    .set("align-items", "center")
                    .set("gap", "0.5rem");
        });
        brand.getElement().setAttribute("router-link", true);

        NativeButton toggle = new NativeButton(getTranslation("menu.open"));
        toggle.setId(ShellIds.MENU_TOGGLE);
        toggle.addClassName("menu-toggle");
        toggle.getElement().setAttribute("aria-expanded", "false");
        toggle.getElement().setAttribute("aria-controls", ShellIds.MENU_PANEL);

        UnorderedList items = new UnorderedList();
        UnorderedList administration = new UnorderedList();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            Anchor link = link(entry);
            links.add(link);
            if (isAdministration(entry)) {
                administrationLinks.add(link);
                administration.add(new ListItem(link));
            } else {
                items.add(new ListItem(link));
            }
        }
        if (administration.getChildren().findAny().isPresent()) {
            NativeDetails group = new NativeDetails(getTranslation("menu.administration"), administration);
            group.setId(ShellIds.ADMINISTRATION_MENU);
            group.addClassName("menu-group");
            items.add(new ListItem(group));
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

        Div panel = new Div(nav, account);
        panel.setId(ShellIds.MENU_PANEL);
        panel.addClassName("menu-panel");

        header.add(skip, brand, toggle, panel);
        header.addClassName("app-header");
        content.setId(ShellIds.CONTENT);
        content.addClassName("app-content");
        content.getElement().setAttribute("tabindex", "-1");
        add(header, content);
    }

    /** Whether a menu entry is an administration page, grouped under one entry of the menu. */
    static boolean isAdministration(MenuEntry entry) {
        return entry.order() != null && entry.order() >= ADMINISTRATION_ORDER;
    }

    /** A menu entry's link, relative to the page's {@code <base>} so Passerelle also works under a context path. */
    static Anchor link(MenuEntry entry) {
        String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
        Anchor link = new Anchor(path, "");
        link.setText(link.getTranslation(entry.title()));
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (event.isInitialAttach()) {
            header.getElement().executeJs(MENU_BEHAVIOUR);
        }
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
        // The page's own address with the fragment: a bare "#content" would resolve against <base>, another page.
        skip.setHref(event.getLocation().getPathWithQueryParameters() + "#" + ShellIds.CONTENT);
        boolean inAdministration = false;
        for (Anchor link : links) {
            if (link.getHref().equals(path)) {
                link.getElement().setAttribute("aria-current", "page");
                inAdministration |= administrationLinks.contains(link);
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        }
        header.getElement().executeJs(CLOSE_MENUS);
        header.getElement().getClassList().set("in-administration", inAdministration);
    }
}
