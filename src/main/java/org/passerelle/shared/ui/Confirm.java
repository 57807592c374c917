package org.passerelle.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before a change that removes or publishes something; nothing happens unless the person confirms. */
public final class Confirm {

    private Confirm() {}

    public static void ask(String header, String text, String confirm, boolean destructive, Runnable then) {
        UI ui = UI.getCurrent();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("confirm-dialog");
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("action.cancel"));
        dialog.setConfirmText(confirm);
        if (destructive) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(confirmed -> then.run());
        dialog.open();
    }
}
