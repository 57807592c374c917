package org.passerelle.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.IFrame;

/**
 * A message as its recipient sees it. Its HTML goes into a sandboxed frame ({@code srcdoc}) that may run no script
 * and is of no origin, so nothing in a message can act in the administrator's page; its links open in a new tab.
 */
class MessageDialog extends Dialog {

    MessageDialog(String subject, String html) {
        setId(MailIds.MESSAGE_DIALOG);
        setHeaderTitle(subject);
        setWidth("min(44rem, 100vw)");
        IFrame frame = new IFrame();
        frame.setSrcdoc(html);
        frame.setSandbox(IFrame.SandboxType.ALLOW_POPUPS, IFrame.SandboxType.ALLOW_POPUPS_TO_ESCAPE_SANDBOX);
        frame.setTitle(getTranslation("outbox.message-frame"));
        frame.setId(MailIds.MESSAGE_FRAME);
        frame.addClassName("outbox-frame");
        add(frame);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
    }
}
