package org.passerelle.shared;

/** Something wrong in a content file, located precisely enough for its author to fix it. */
public record FileProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
