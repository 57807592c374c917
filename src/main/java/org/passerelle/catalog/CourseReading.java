package org.passerelle.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.passerelle.shared.FileProblem;

/**
 * The result of reading one course folder: the course and the files it shows learners (by path inside the
 * folder), or every problem that prevents importing it.
 */
public record CourseReading(CourseContent course, List<FileProblem> problems, Map<String, Attachment> attachments) {

    /** A file of the course that learners may be served, with the content type its bytes revealed. */
    public record Attachment(Path file, String contentType) {}

    public CourseReading {
        problems = List.copyOf(problems);
        course = problems.isEmpty() ? course : null;
        attachments = problems.isEmpty() ? Map.copyOf(attachments) : Map.of();
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
