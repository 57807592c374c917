package org.passerelle.shell.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.passerelle.identity.MyAccount;
import org.passerelle.identity.UserSummary;
import org.passerelle.shared.Language;
import org.passerelle.shared.ui.UiLanguage;
import org.springframework.stereotype.Component;

/**
 * Gives every new browser tab its language: the signed-in person's stored choice, else the one chosen on
 * the login page, else the browser's.
 */
@Component
class LanguageOnEveryPage implements VaadinServiceInitListener {

    private final MyAccount myAccount;
    private final AuthenticationContext authentication;

    LanguageOnEveryPage(MyAccount myAccount, AuthenticationContext authentication) {
        this.myAccount = myAccount;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            Language language = authentication.isAuthenticated()
                    ? myAccount.current().map(UserSummary::language).orElseGet(UiLanguage::fromBrowser)
                    : UiLanguage.chosenInSession(init.getUI().getSession()).orElseGet(UiLanguage::fromBrowser);
            UiLanguage.apply(init.getUI(), language);
        });
    }
}
