package org.passerelle.shared.ui;

import com.vaadin.flow.component.html.Paragraph;

/**
 * One sentence that says how something went: done (green) or refused (red). Screen readers read it out when it
 * appears: politely when something was done, at once when something was refused. A note kept in its place says
 * nothing, and is hidden, until it is told something; a note made with its text says it at once.
 */
public class Note extends Paragraph {

    /** How it went. */
    public enum Kind {
        SUCCESS("success-note", "status"),
        ERROR("error-note", "alert");

        private final String className;
        private final String role;

        Kind(String className, String role) {
            this.className = className;
            this.role = role;
        }
    }

    /** A note that says nothing yet. */
    public Note() {
        setVisible(false);
    }

    /** A note that says nothing yet, with its id. */
    public Note(String id) {
        this();
        setId(id);
    }

    public static Note success(String text) {
        return new Note().say(Kind.SUCCESS, text);
    }

    public static Note error(String text) {
        return new Note().say(Kind.ERROR, text);
    }

    public static Note of(Kind kind, String text) {
        return new Note().say(kind, text);
    }

    /** Says that something was done, in place of what it said before. */
    public Note saySuccess(String text) {
        return say(Kind.SUCCESS, text);
    }

    /** Says that something was refused, in place of what it said before. */
    public Note sayError(String text) {
        return say(Kind.ERROR, text);
    }

    public Note say(Kind kind, String text) {
        for (Kind other : Kind.values()) {
            removeClassName(other.className);
        }
        addClassName(kind.className);
        getElement().setAttribute("role", kind.role);
        setText(text);
        setVisible(true);
        return this;
    }

    /** Says nothing any more. */
    public void clear() {
        setText("");
        setVisible(false);
    }
}
