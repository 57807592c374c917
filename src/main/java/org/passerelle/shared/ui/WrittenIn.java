package org.passerelle.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.passerelle.shared.Language;

/**
 * Text in a language that may not be the page's (course text, an English question in the Arabic interface): it
 * carries its own language and direction, so that it reads in the right direction, is hyphenated and read out in
 * its language, whatever the interface's.
 */
public final class WrittenIn {

    // Private-use characters mark where written text goes in a translated sentence; no text holds them.
    private static final Pattern PLACE = Pattern.compile("\uE000(\\d+)\uE001");

    private WrittenIn() {}

    /** Text people wrote, in a known language, or in one not known ({@code null}: it finds its own direction). */
    public record Text(String text, @Nullable Language language) {}

    public static Text text(String text, Language language) {
        return new Text(text, language);
    }

    /** A name, a reason: text in whatever language its writer used. */
    public static Text ownDirection(String text) {
        return new Text(text, null);
    }

    /**
     * A sentence of the interface around written text ("Quiz: {0}", "By {0} · version {1}"): the sentence stays in
     * the interface's language and direction, and only each {@link Text} argument carries its own, isolated in a
     * span, so that an English title neither turns an Arabic sentence around nor is turned around by it.
     */
    public static <T extends Component> T sentence(T into, String key, Object... arguments) {
        Object[] marked = arguments.clone();
        for (int i = 0; i < marked.length; i++) {
            if (marked[i] instanceof Text) {
                marked[i] = "\uE000" + i + "\uE001";
            }
        }
        Element element = into.getElement();
        element.removeAllChildren();
        String sentence = into.getTranslation(key, marked);
        Matcher place = PLACE.matcher(sentence);
        int from = 0;
        List<Element> parts = new ArrayList<>();
        while (place.find()) {
            if (place.start() > from) {
                parts.add(Element.createText(sentence.substring(from, place.start())));
            }
            Text text = (Text) arguments[Integer.parseInt(place.group(1))];
            Element span = new Element("span").setText(text.text());
            if (text.language() == null) {
                span.setAttribute("dir", "auto");
            } else {
                span.setAttribute("lang", text.language().code());
                span.setAttribute("dir", text.language().direction());
            }
            parts.add(span);
            from = place.end();
        }
        if (from < sentence.length()) {
            parts.add(Element.createText(sentence.substring(from)));
        }
        element.appendChild(parts.toArray(Element[]::new));
        return into;
    }

    /** The component's text is in this language: {@code lang} and {@code dir} on its element. */
    public static <T extends HasElement> T language(T component, Language language) {
        component.getElement().setAttribute("lang", language.code());
        component.getElement().setAttribute("dir", language.direction());
        return component;
    }

    /**
     * What is typed in the field is in this language; its label and help stay in the interface's. The field's own
     * input or textarea, made in the browser, does not follow its host's attributes, so they are set on it there.
     */
    public static <T extends HasElement & HasValue<?, ?>> T field(T field, Language language) {
        field.getElement()
                .executeJs(
                        "customElements.whenDefined(this.localName).then(() => requestAnimationFrame(() => {"
                                + "const input = this.inputElement"
                                + " || this.querySelector(':scope > input, :scope > textarea');"
                                + "if (input) { input.dir = $0; input.lang = $1; }}))",
                        language.direction(),
                        language.code());
        return field;
    }
}
