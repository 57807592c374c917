package org.passerelle.shell.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;

/** A role's home page: its title and, until the capability arrives, what will appear here. */
abstract class RoleHome extends Main implements HasDynamicTitle {

    private final String titleKey;

    RoleHome(String id, String titleKey, String emptyKey) {
        this.titleKey = titleKey;
        setId(id);
        addClassName("page");
        H1 title = new H1(getTranslation(titleKey));
        Paragraph empty = new Paragraph(getTranslation(emptyKey));
        empty.addClassName("empty-state");
        add(title, empty);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
