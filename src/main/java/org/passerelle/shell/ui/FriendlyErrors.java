package org.passerelle.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * What a person sees when something fails behind a click: a short message in their language, never a
 * stack trace. The details go to the log.
 */
@Component
class FriendlyErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(FriendlyErrors::handle));
    }

    private static void handle(ErrorEvent error) {
        Throwable cause = error.getThrowable();
        String key;
        if (causedBy(cause, DataAccessException.class) || causedBy(cause, TransactionException.class)) {
            key = "error.database-unavailable";
            log.warn("Database unavailable while handling a request: {}", cause.toString());
        } else if (causedBy(cause, AccessDeniedException.class)) {
            key = "error.not-allowed";
            log.warn("Denied: {}", cause.toString());
        } else {
            key = "error.unexpected";
            log.error("Unexpected error in the interface", cause);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getChildren().filter(ErrorBanner.class::isInstance).toList().forEach(ui::remove);
            ui.add(new ErrorBanner(ui.getTranslation(key)));
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
