package org.passerelle.catalog;

/**
 * A change to a course that the editor or the importer refuses, with the translation key of the reason and its
 * arguments, so that the person reads why in their own language.
 */
public final class Refused extends IllegalArgumentException {

    private final String key;
    private final transient Object[] arguments;

    Refused(String key, Object... arguments) {
        this(null, key, arguments);
    }

    Refused(Throwable cause, String key, Object... arguments) {
        super(key, cause);
        this.key = key;
        this.arguments = arguments;
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
