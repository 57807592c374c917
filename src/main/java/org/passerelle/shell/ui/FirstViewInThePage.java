package org.passerelle.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.springframework.stereotype.Component;

/**
 * The sign-in page, lesson pages and verification pages carry their first view inside the page itself, twice:
 *
 * <ul>
 *   <li>as Vaadin's state (its "eager server load"): two round trips fewer on every full load (the bootstrap's
 *       {@code init} request and the navigation after it), which a learner on a 400 ms link feels;
 *   <li>as plain HTML ({@link ReadableCopy}), so the browser paints the text as soon as the page and its stylesheet
 *       have arrived, without waiting for some 75 KB of scripts, and a browser without scripts can read it (and sign
 *       in: the sign-in form is a plain form). When Vaadin has drawn the live view, a few lines sent with it remove the
 *       copy, carrying over what the person already typed and where the focus was.
 * </ul>
 *
 * Not everywhere: a view that forwards elsewhere during that first render (the home page sends each person to their
 * own) would leave the address bar on the old address.
 */
@Component
class FirstViewInThePage implements VaadinServiceInitListener {

    static final Pattern CARRIED = Pattern.compile("^/(login|course/[^/]+/lesson/[^/]+/[^/]+|verify/[^/]+)$");

    /**
     * Runs once Vaadin has applied the first view (code sent with a response runs after its changes): copies typed
     * values into the live fields of the same name, moves the focus across, and removes the copy.
     */
    static final String REMOVE_COPY = """
            const copies = document.querySelectorAll('[%1$s]');
            const focused = document.activeElement;
            const live = name => Array.from(document.getElementsByName(name)).find(f => !f.closest('[%1$s]'));
            copies.forEach(copy => copy.querySelectorAll('input[name], textarea[name]').forEach(field => {
              const twin = live(field.name);
              if (!twin || field.type === 'hidden') return;
              if (field.value && !twin.value) twin.value = field.value;
              if (field !== focused) return;
              twin.focus();
              // Vaadin's router then moves the view's container into place, which drops the focus: take it back.
              twin.addEventListener('focusout', event => {
                if (!event.relatedTarget) setTimeout(() => {
                  if (document.activeElement === document.body && twin.isConnected) twin.focus();
                });
              }, {once: true});
            }));
            copies.forEach(copy => copy.remove());
            """.formatted(ReadableCopy.MARK);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setBootstrapInitialPredicate(FirstViewInThePage::carried);
        event.addIndexHtmlRequestListener(FirstViewInThePage::addReadableCopy);
        event.getSource().addUIInitListener(init -> {
            if (carried(VaadinRequest.getCurrent())) {
                init.getUI().getPage().executeJs(REMOVE_COPY);
            }
        });
    }

    static boolean carried(VaadinRequest request) {
        String path = request instanceof HttpServletRequest http
                ? http.getRequestURI().substring(http.getContextPath().length())
                : request == null ? null : request.getPathInfo();
        return path != null && CARRIED.matcher(path).matches();
    }

    /** Puts the copy of the view Vaadin built for this page at the start of its body. */
    static void addReadableCopy(IndexHtmlResponse response) {
        if (!carried(response.getVaadinRequest())) {
            return;
        }
        // The UI that Vaadin has just built for this page (IndexHtmlResponse.getUI() says nothing unless every page
        // carries its view).
        UI ui = UI.getCurrent();
        if (ui != null) {
            addReadableCopy(ui, response.getDocument());
            StylesInThePage.inline(response.getDocument());
            scriptsAfterTheText(response.getDocument());
        }
    }

    /**
     * Vaadin's scripts, moved from the head to the end of the body in their order: the text before them arrives
     * first, instead of sharing the link with some 75 KB of scripts the browser would start fetching from the head.
     * They run at the same moment as before (module scripts wait for the whole page; the others keep their order).
     */
    static void scriptsAfterTheText(Document page) {
        // The first stays: Vaadin's client reads the page's nonce from a script in the head (for the scripts it adds
        // later), and it is the tiny old-browser check, best run early.
        org.jsoup.select.Elements scripts = page.head().select("script");
        for (org.jsoup.nodes.Element script : scripts.subList(Math.min(1, scripts.size()), scripts.size())) {
            page.body().appendChild(script);
        }
    }

    /**
     * Vaadin draws the view inside its wrapper element, which the page already holds; the copy goes in the same
     * place, so the same styles apply to it.
     */
    static void addReadableCopy(UI ui, Document page) {
        com.vaadin.flow.dom.Element wrapper = ui.getInternals().getWrapperElement();
        if (wrapper == null) {
            return;
        }
        org.jsoup.nodes.Element place = page.getElementsByTag(wrapper.getTag()).first();
        if (place == null) {
            return;
        }
        List<Node> copies = new ArrayList<>();
        wrapper.getChildren().forEach(child -> {
            Node copy = ReadableCopy.of(child, page);
            if (copy instanceof org.jsoup.nodes.Element element) {
                element.attr(ReadableCopy.MARK, true);
                copies.add(element);
            }
        });
        place.prependChildren(copies);
        if (!copies.isEmpty()) {
            // Without scripts, controls that only scripts serve (a button outside a form, the language list) do
            // nothing: they are not shown. Links and the sign-in form work as they are.
            page.head()
                    .appendElement("noscript")
                    .appendElement("style")
                    .appendChild(new org.jsoup.nodes.DataNode(WITHOUT_SCRIPTS));
        }
    }

    static final String WITHOUT_SCRIPTS = "[" + ReadableCopy.MARK + "] :is(button, select):not(form *){display:none}";
}
