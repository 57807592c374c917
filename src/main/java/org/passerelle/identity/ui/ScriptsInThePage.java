package org.passerelle.identity.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.passerelle.identity.web.SecurityHeaders;
import org.passerelle.shared.ScriptText;
import org.springframework.stereotype.Component;

/**
 * Every script of every page Vaadin writes: its text encoded for the {@code <script>} element, and the nonce the
 * page's Content-Security-Policy asks for.
 *
 * <p>Vaadin writes a view's state as JSON inside a script of the page when the first view travels inside it
 * (flow-server 25.2 appends that JSON unescaped), so a course title holding {@code </script>} would end the
 * script and turn the rest into markup. This runs after Vaadin has built the whole page, so it covers that script
 * and any other, whoever wrote it.
 */
@Component
class ScriptsInThePage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(ScriptsInThePage::secure);
    }

    static void secure(IndexHtmlResponse response) {
        Object nonce = response.getVaadinRequest().getAttribute(SecurityHeaders.NONCE);
        for (Element script : response.getDocument().getElementsByTag("script")) {
            for (DataNode data : script.dataNodes()) {
                data.setWholeData(ScriptText.forScriptElement(data.getWholeData()));
            }
            if (nonce instanceof String value) {
                script.attr("nonce", value);
            }
        }
    }
}
