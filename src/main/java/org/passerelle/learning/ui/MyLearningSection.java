package org.passerelle.learning.ui;

import com.vaadin.flow.component.Component;

/**
 * A part of My learning that another module adds (completion records, for one): a Spring bean; My learning
 * shows what each creates, after the courses.
 */
public interface MyLearningSection {

    /** @param in the page, for translations */
    Component create(Component in);
}
