package org.passerelle.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.VaadinSessionState;
import com.vaadin.flow.server.WrappedHttpSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import org.apache.catalina.Context;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.session.ManagerBase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.stereotype.Component;

/**
 * Ends the session of a person whose last tab was closed within a minute (decision 0013). When a session's last
 * page leaves — the tab closed, or the browser gone to another site: Vaadin's unload beacon closes its UI — the
 * session may stay idle only {@code passerelle.sessions.after-last-tab} (30 s); the next request of that session
 * (a reload, the back button, another tab) gives it back its full idle time. Tomcat looks for ended sessions every
 * 10 s instead of every 60 s, so such a session is gone 30–40 s after its tab: its memory freed, and nobody else at
 * a shared computer finds it still signed in.
 */
@Component
class SessionsOfClosedTabs implements VaadinServiceInitListener, TomcatContextCustomizer, Filter {

    private static final String SHORTENED = SessionsOfClosedTabs.class.getName() + ".shortened";

    private final int afterLastTab;
    private final int idle;

    SessionsOfClosedTabs(
            @Value("${passerelle.sessions.after-last-tab:30s}") Duration afterLastTab,
            @Value("${server.servlet.session.timeout:30m}") Duration idle) {
        this.afterLastTab = (int) afterLastTab.toSeconds();
        this.idle = (int) idle.toSeconds();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            // Also here, for a new page whose request passed the filter before another tab's beacon shortened it.
            backInUse(ui.getSession().getSession());
            ui.addDetachListener(detach -> left(ui));
        });
    }

    /**
     * Any request of a shortened session (a page loading, a reload, even one that then fails while opening) gives it
     * back its full idle time. The unload beacon passes here too, before it closes its UI and shortens the session.
     */
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http) {
            HttpSession session = http.getSession(false);
            if (session != null) {
                backInUse(new WrappedHttpSession(session));
            }
        }
        chain.doFilter(request, response);
    }

    private void backInUse(WrappedSession session) {
        if (session != null && session.getAttribute(SHORTENED) != null) {
            session.removeAttribute(SHORTENED);
            session.setMaxInactiveInterval(idle);
        }
    }

    /** Tomcat's background task runs every 10 s; it now checks for ended sessions each time (default: every 6th). */
    @Override
    public void customize(Context context) {
        // The context makes its session manager when it starts.
        context.addLifecycleListener(event -> {
            if (Lifecycle.AFTER_START_EVENT.equals(event.getType())
                    && context.getManager() instanceof ManagerBase manager) {
                manager.setProcessExpiresFrequency(1);
            }
        });
    }

    private void left(UI ui) {
        VaadinSession session = ui.getSession();
        if (session == null
                || session.getState() != VaadinSessionState.OPEN
                || session.getUIs().stream().anyMatch(other -> other != ui && !other.isClosing())) {
            return;
        }
        WrappedSession http = session.getSession();
        try {
            http.setAttribute(SHORTENED, Boolean.TRUE);
            http.setMaxInactiveInterval(afterLastTab);
        } catch (IllegalStateException sessionAlreadyEnded) {
            // Signed out or timed out: nothing left to shorten.
        }
    }
}
