package org.passerelle.catalog;

import java.util.List;
import org.passerelle.shared.FileProblem;

/** What one import of the courses folder did, course by course. */
public record ImportReport(List<Outcome> courses) {

    public enum Status {
        /** First import of this course: version 1. */
        CREATED,
        /** The content changed: a new version is now current; earlier ones stay. */
        NEW_VERSION,
        /** Same content as the current version: nothing written. */
        UNCHANGED,
        /** The folder has problems: nothing of it was imported; the current version, if any, stays. */
        REJECTED
    }

    /** @param version the current version number after the import (0 if the course has none) */
    public record Outcome(String courseId, Status status, int version, List<FileProblem> problems) {}

    public List<FileProblem> problems() {
        return courses.stream().flatMap(outcome -> outcome.problems().stream()).toList();
    }
}
