package org.passerelle.shared.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;

/**
 * Text that people wrote (a course title, a learner's name, a reason) keeps its own direction inside a page of the
 * other one: an English title in an Arabic page, an Arabic name in an English one. {@code dir="auto"} lets the
 * browser take the direction from the text's first strong letter, so its punctuation and numbers stay in place.
 */
public final class OwnDirection {

    private OwnDirection() {}

    /** Marks an element whose whole text is people's writing. */
    public static <T extends HasElement> T of(T component) {
        component.getElement().setAttribute("dir", "auto");
        return component;
    }

    /** A grid column's cell that shows people's writing, isolated from the page's direction. */
    public static <T> LitRenderer<T> cell(ValueProvider<T, String> text) {
        return LitRenderer.<T>of("<span dir=\"auto\">${item.text}</span>").withProperty("text", text);
    }
}
