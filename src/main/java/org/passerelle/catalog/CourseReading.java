package org.passerelle.catalog;

import java.util.List;
import org.passerelle.shared.FileProblem;

/** The result of reading one course folder: the course, or every problem that prevents importing it. */
public record CourseReading(CourseContent course, List<FileProblem> problems) {

    public CourseReading {
        problems = List.copyOf(problems);
        course = problems.isEmpty() ? course : null;
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
