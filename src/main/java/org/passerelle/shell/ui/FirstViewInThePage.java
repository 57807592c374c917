package org.passerelle.shell.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The sign-in page and lesson pages carry their first view inside the page itself (Vaadin's "eager server load"):
 * two round trips fewer on every full load (the bootstrap's {@code init} request and the navigation after it),
 * which a learner on a 400 ms link feels. Not everywhere: a view that forwards elsewhere during that first render
 * (the home page sends each person to their own) would leave the address bar on the old address.
 */
@Component
class FirstViewInThePage implements VaadinServiceInitListener {

    static final Pattern CARRIED = Pattern.compile("^/(login|course/[^/]+/lesson/[^/]+/[^/]+)$");

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setBootstrapInitialPredicate(FirstViewInThePage::carried);
    }

    static boolean carried(VaadinRequest request) {
        String path = request instanceof HttpServletRequest http
                ? http.getRequestURI().substring(http.getContextPath().length())
                : request.getPathInfo();
        return path != null && CARRIED.matcher(path).matches();
    }
}
