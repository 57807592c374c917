package org.passerelle.shared;

/**
 * A user's input that a rule refused: which field, and the translation key of the message to show.
 * Services throw it; views show it beside the field in the user's language.
 */
public class FieldProblem extends RuntimeException {

    private final String field;
    private final String messageKey;

    public FieldProblem(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
