package org.passerelle.mail;

/**
 * What a message is for. An essential message (about the person's own account) is always sent; the others will
 * carry a one-click unsubscribe and follow the person's mail preferences.
 */
public enum MailKind {
    ACCOUNT_ACTIVATION(true, "mail.kind.account-activation"),
    PASSWORD_RESET(true, "mail.kind.password-reset");

    private final boolean essential;
    private final String labelKey;

    MailKind(boolean essential, String labelKey) {
        this.essential = essential;
        this.labelKey = labelKey;
    }

    public boolean essential() {
        return essential;
    }

    /** The translation key of the kind's name, as the Outbox page shows it. */
    public String labelKey() {
        return labelKey;
    }
}
