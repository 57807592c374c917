package org.passerelle.shell.ui;

import com.vaadin.flow.dom.Element;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * A static copy of what a view shows, as HTML nodes of the page itself, so that a browser can paint the text before
 * Vaadin's scripts have arrived (and a browser without scripts can read it). Text and attribute values become jsoup
 * nodes and attributes, which jsoup encodes for HTML when the page is written; nothing is joined as a string.
 *
 * <p>Not copied: elements the server hides, scripts, and event-handler attributes (none of ours sets one, and the
 * page's Content-Security-Policy would refuse them anyway). HTML a view sets whole ({@code innerHTML}: a lesson's
 * text, already made safe by {@code SafeMarkdown}) is parsed into nodes and goes through the same removal.
 */
final class ReadableCopy {

    /** Marks the copy's top nodes: the script that removes the copy once Vaadin shows the live view finds them by it. */
    static final String MARK = "data-first-paint";

    private ReadableCopy() {}

    /** The copy of {@code element} and its visible descendants, or null when the server hides it. */
    static @Nullable Node of(Element element, Document document) {
        if (element.isTextNode()) {
            return new TextNode(element.getText());
        }
        if (!element.isVisible() || unsafe(element.getTag())) {
            return null;
        }
        org.jsoup.nodes.Element copy = document.createElement(element.getTag());
        for (String name : element.getAttributeNames().toList()) {
            String value = element.getAttribute(name);
            if (name.toLowerCase(Locale.ROOT).startsWith("on") || value == null) {
                continue;
            }
            if (value.isEmpty()) {
                copy.attr(name, true);
            } else {
                copy.attr(name, value);
            }
        }
        if (element.hasProperty("innerHTML")) {
            copy.html(String.valueOf(element.getProperty("innerHTML")));
            clean(copy);
        }
        element.getChildren().forEach(child -> {
            Node node = of(child, document);
            if (node != null) {
                copy.appendChild(node);
            }
        });
        return copy;
    }

    private static boolean unsafe(String tag) {
        return switch (tag.toLowerCase(Locale.ROOT)) {
            case "script", "template", "iframe", "object", "embed" -> true;
            default -> false;
        };
    }

    /** Removes scripts and event handlers from HTML parsed into the copy. */
    private static void clean(org.jsoup.nodes.Element root) {
        for (org.jsoup.nodes.Element inner : root.getAllElements()) {
            if (inner != root && unsafe(inner.tagName())) {
                inner.remove();
                continue;
            }
            inner.attributes().asList().stream()
                    .map(a -> a.getKey())
                    .filter(key -> key.toLowerCase(Locale.ROOT).startsWith("on"))
                    .toList()
                    .forEach(inner::removeAttr);
        }
    }
}
