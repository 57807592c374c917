package org.passerelle.shell.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.passerelle.identity.MyAccount;
import org.passerelle.identity.UserSummary;
import org.passerelle.shared.ui.LanguageSwitcher;

/**
 * The frame of every signed-in page. The menu lists only the views the person's roles may open: it is
 * built from the views' {@code @Menu} entries, which Vaadin filters by the same access rules as navigation.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(MyAccount myAccount, AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        UserSummary me = myAccount.current().orElse(null);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("brand");
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("menu.label"));
        nav.setId("main-menu");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        Div drawer = new Div(brand, nav);
        drawer.addClassName("drawer");
        addToDrawer(drawer);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("menu.toggle"));
        Span who = new Span(me == null ? "" : me.displayName());
        who.addClassName("who");
        who.setId("signed-in-as");
        LanguageSwitcher languages = new LanguageSwitcher(myAccount::changeLanguage);
        Button signOut = new Button(getTranslation("action.sign-out"), VaadinIcon.SIGN_OUT.create(), event -> {
            authentication.logout();
        });
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        signOut.setId("sign-out");
        HorizontalLayout bar = new HorizontalLayout(who, languages, signOut);
        bar.addClassName("top-bar");
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        addToNavbar(toggle, bar);
    }
}
