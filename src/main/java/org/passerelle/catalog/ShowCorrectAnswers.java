package org.passerelle.catalog;

import java.util.Arrays;
import java.util.Optional;

/** When learners see the right answers and the feedback of a quiz they took: quiz.yaml's {@code showCorrectAnswers}. */
public enum ShowCorrectAnswers {
    /** Once the attempt is submitted, passed or not: the default. */
    AFTER_SUBMIT("afterSubmit"),
    /** Only once the attempt passed, so that a learner who failed tries again without the answers. */
    AFTER_PASSING("afterPassing"),
    NEVER("never");

    private final String inFile;

    ShowCorrectAnswers(String inFile) {
        this.inFile = inFile;
    }

    /** As quiz.yaml writes it. */
    public String inFile() {
        return inFile;
    }

    /** Whether an attempt that passed, or not, shows the right answers. */
    public boolean shownAfter(boolean passed) {
        return switch (this) {
            case AFTER_SUBMIT -> true;
            case AFTER_PASSING -> passed;
            case NEVER -> false;
        };
    }

    static Optional<ShowCorrectAnswers> inFile(String written) {
        return Arrays.stream(values())
                .filter(show -> show.inFile.equals(written))
                .findFirst();
    }
}
