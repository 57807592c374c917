package org.passerelle.shell.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Vaadin's connection indicator (its loading bar and "connection lost" line, added to the page's body by its client)
 * is marked as a status: a screen reader then says when the connection drops, and the indicator is no longer content
 * outside the page's landmarks (axe's "region" rule, on every page, at every width).
 */
@Component
class ConnectionStatusAnnounced implements VaadinServiceInitListener {

    static final String MARK = """
            const indicator = document.querySelector('vaadin-connection-indicator');
            if (indicator) indicator.setAttribute('role', 'status');
            """;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().getPage().executeJs(MARK));
    }
}
