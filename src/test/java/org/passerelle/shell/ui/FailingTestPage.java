package org.passerelle.shell.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.sql.SQLTransientConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A page that exists only in tests and fails while it opens as a page does when the database cannot give it a
 * connection, so that a journey sees what a person would.
 */
@Route("test-only/failing-page")
@AnonymousAllowed
public class FailingTestPage extends Main {

    public FailingTestPage() {
        throw new CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
    }
}
