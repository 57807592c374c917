package org.passerelle.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** Shows a newly generated password once, for the administrator to hand over in person. */
class NewPasswordDialog extends Dialog {

    NewPasswordDialog(String username, String password) {
        setHeaderTitle(getTranslation("user.new-password.title", username));
        TextField value = new TextField(getTranslation("user.password"));
        value.setValue(password);
        value.setReadOnly(true);
        value.setWidthFull();
        value.setId("generated-password");
        add(new Paragraph(getTranslation("user.new-password.explain")), value);
        getFooter().add(new Button(getTranslation("action.close"), event -> close()));
    }
}
