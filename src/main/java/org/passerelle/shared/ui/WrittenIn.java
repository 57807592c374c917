package org.passerelle.shared.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.HasValue;
import org.passerelle.shared.Language;

/**
 * Text in a language that may not be the page's (course text, an English question in the Arabic interface): it
 * carries its own language and direction, so that it reads in the right direction, is hyphenated and read out in
 * its language, whatever the interface's.
 */
public final class WrittenIn {

    private WrittenIn() {}

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
