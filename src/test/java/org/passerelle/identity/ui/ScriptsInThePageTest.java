package org.passerelle.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.passerelle.identity.web.SecurityHeaders;

class ScriptsInThePageTest {

    private static final String STATE =
            "{\"title\":\"X </script><img src=x onerror=alert(1)><script>alert(2)</script> <!--<script> \u2028\"}";

    @Test
    void aViewsStateInAScriptStaysInsideItsScriptAndTheScriptGetsTheNonce() {
        Document page = Jsoup.parse("<!DOCTYPE html><html><head></head><body><div id=outlet></div></body></html>");
        Element script = new Element("script");
        script.appendChild(new DataNode("window.Vaadin.TypeScript= " + STATE + ";"));
        page.head().appendChild(script);
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getAttribute(SecurityHeaders.NONCE)).thenReturn("n0nce");

        ScriptsInThePage.secure(new IndexHtmlResponse(request, mock(VaadinResponse.class), page));

        // What the browser parses: still one script, holding the whole state, and no element made of the text.
        Document received = Jsoup.parse(page.html());
        assertThat(received.select("script")).hasSize(1);
        assertThat(received.select("img")).isEmpty();
        assertThat(received.selectFirst("script").attr("nonce")).isEqualTo("n0nce");
        assertThat(received.selectFirst("script").data())
                .isEqualTo("window.Vaadin.TypeScript= "
                        + "{\"title\":\"X <\\/script><img src=x onerror=alert(1)><script>alert(2)<\\/script> \\u003C!--<script>"
                        + " \\u2028\"};");
    }
}
