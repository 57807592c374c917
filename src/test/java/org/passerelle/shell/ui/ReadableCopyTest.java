package org.passerelle.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.Element;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The copy of a view written into the page: the same text and attributes, encoded for HTML, nothing that runs. */
class ReadableCopyTest {

    @Test
    void textAndAttributesAreEncodedNotJoined() {
        Element view = new Element("main");
        view.setAttribute("class", "lesson");
        Element title = new Element("h1");
        title.setText("</script><img src=x onerror=alert(1)> & \"AI\"");
        title.setAttribute("title", "\"><script>alert(2)</script>");
        view.appendChild(title);

        String html = copy(view);

        assertThat(html)
                .isEqualTo("<main class=\"lesson\"><h1 title=\"&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;\">"
                        + "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; \"AI\"</h1></main>");
    }

    @Test
    void hiddenElementsScriptsAndHandlersAreLeftOut() {
        Element view = new Element("div");
        Element hidden = new Element("p");
        hidden.setText("error shown only after a failed sign-in");
        hidden.setVisible(false);
        Element handler = new Element("a");
        handler.setAttribute("href", "/next");
        handler.setAttribute("onclick", "steal()");
        handler.setText("Next");
        Element script = new Element("script");
        script.setText("steal()");
        view.appendChild(hidden, handler, script);

        assertThat(copy(view)).isEqualTo("<div><a href=\"/next\">Next</a></div>");
    }

    @Test
    void htmlSetWholeIsParsedAndCleaned() {
        Element text = new Element("div");
        text.setProperty(
                "innerHTML", "<p>Read <b>this</b></p><script>steal()</script><p onmouseover=\"steal()\">x</p>");

        assertThat(copy(text)).isEqualTo("<div><p>Read <b>this</b></p><p>x</p></div>");
    }

    private static String copy(Element element) {
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(false);
        org.jsoup.nodes.Node node = ReadableCopy.of(element, page);
        assertThat(node).isNotNull();
        page.body().appendChild(node);
        return page.body().html();
    }
}
