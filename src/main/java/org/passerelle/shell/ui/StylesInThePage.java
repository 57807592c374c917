package org.passerelle.shell.ui;

import com.vaadin.flow.theme.aura.Aura;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's own stylesheets written into it instead of linked: on a slow link a linked stylesheet holds the first
 * paint back by a round trip, and shares the link with the scripts. Used only on the pages whose text travels in
 * the HTML (the ones a person reaches first, from a link); every other page links them and the browser caches them.
 */
final class StylesInThePage {

    /** Path as Vaadin links it (relative to the app) → the stylesheet's text, read once. */
    private static final Map<String, String> SHEETS = read(Aura.STYLESHEET, AppShell.STYLESHEET);

    private StylesInThePage() {}

    /** Replaces the links to our stylesheets in the page's head by the stylesheets themselves, in the same place. */
    static void inline(Document page) {
        for (Element link : page.head().select("link[rel=stylesheet][href]")) {
            String text = SHEETS.get(path(link.attr("href")));
            if (text != null) {
                Element style = page.createElement("style");
                style.attr("data-file-path", link.attr("data-file-path"));
                style.appendChild(new DataNode(text));
                link.replaceWith(style);
            }
        }
    }

    /** {@code ./aura/aura.css?v-c=…} → {@code aura/aura.css}. */
    static String path(String href) {
        String path = href.startsWith("./") ? href.substring(2) : href;
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    private static Map<String, String> read(String... paths) {
        Map<String, String> sheets = new LinkedHashMap<>();
        for (String path : paths) {
            try (InputStream in =
                    StylesInThePage.class.getClassLoader().getResourceAsStream("META-INF/resources/" + path)) {
                if (in != null) {
                    sheets.put(path, forStyleElement(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.copyOf(sheets);
    }

    /** A {@code <style>} element's text ends at the first {@code </style}; in CSS, {@code <\/} means the same. */
    static String forStyleElement(String css) {
        return css.replaceAll("(?i)</(style)", "<\\\\/$1");
    }
}
