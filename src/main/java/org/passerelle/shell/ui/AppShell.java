package org.passerelle.shell.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.aura.Aura;

/** The page every view lives in: Passerelle's stylesheet and the viewport of a phone. */
@StyleSheet(Aura.STYLESHEET)
@StyleSheet(AppShell.STYLESHEET)
@Meta(name = "theme-color", content = "#0b5c8f")
public class AppShell implements AppShellConfigurator {

    /**
     * Passerelle's stylesheet, a file of its own rather than part of the script bundle: pages whose text travels in
     * the HTML (FirstViewInThePage) write it into the page, so they are styled from the first paint.
     */
    static final String STYLESHEET = "styles/passerelle.css";

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setViewport("width=device-width, initial-scale=1");
        settings.setPageTitle("Passerelle");
        // The system font from the first paint, before the bundle brings passerelle.css: otherwise a page whose
        // text shows early (its first view travels inside the page) would fetch Aura's 88 KB web font.
        settings.addInlineWithContents(
                "html:root{--aura-font-family:var(--aura-font-family-system)}", Inline.Wrapping.STYLESHEET);
    }
}
