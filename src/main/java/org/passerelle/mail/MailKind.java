package org.passerelle.mail;

/**
 * What a message is for. An essential message (about the person's own account) is always sent; the others will
 * carry a one-click unsubscribe and follow the person's mail preferences.
 */
public enum MailKind {
    ACCOUNT_ACTIVATION(true),
    PASSWORD_RESET(true);

    private final boolean essential;

    MailKind(boolean essential) {
        this.essential = essential;
    }

    public boolean essential() {
        return essential;
    }

    /** The translation key of the kind's name, as the Outbox page shows it. */
    public String labelKey() {
        return "mail.kind." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
