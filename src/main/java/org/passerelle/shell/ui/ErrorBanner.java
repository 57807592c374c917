package org.passerelle.shell.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;

/** A failure message over the page, in plain HTML so that it shows on every view without extra code. */
class ErrorBanner extends Div {

    ErrorBanner(String message) {
        setId("error-banner");
        addClassName("error-banner");
        getElement().setAttribute("role", "alert");
        NativeButton close = new NativeButton(getTranslation("action.close"), event -> removeFromParent());
        close.addClassName("error-banner-close");
        add(new Span(message), close);
    }
}
