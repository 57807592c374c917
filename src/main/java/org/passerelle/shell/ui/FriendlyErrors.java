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

    /** What kind of failure a person is told about. */
    enum Kind {
        DATABASE("error.database-unavailable"),
        DENIED("error.not-allowed"),
        UNEXPECTED("error.unexpected");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    /** Sorts a failure and writes it to the log: a warning for the expected kinds, the whole trace otherwise. */
    static Kind classify(Throwable cause) {
        if (causedBy(cause, DataAccessException.class) || causedBy(cause, TransactionException.class)) {
            log.warn("Database unavailable while handling a request: {}", cause.toString());
            return Kind.DATABASE;
        }
        if (causedBy(cause, AccessDeniedException.class)) {
            log.warn("Denied: {}", cause.toString());
            return Kind.DENIED;
        }
        log.error("Unexpected error in the interface", cause);
        return Kind.UNEXPECTED;
    }

    private static void handle(ErrorEvent error) {
        String key = classify(error.getThrowable()).messageKey();
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
