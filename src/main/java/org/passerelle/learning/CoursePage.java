package org.passerelle.learning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.passerelle.shared.Language;

/**
 * A course as its page shows it to a learner: the outline with the status of each step and, once enrolled,
 * the overall progress and the one next step.
 *
 * @param enrolled false when the learner has not enrolled yet (statuses are then all "not started")
 * @param canEnrol true when the learner may enrol themselves now
 * @param next the next unfinished step, null when the course is completed or not enrolled
 */
public record CoursePage(
        String courseId,
        String title,
        String description,
        String authors,
        Language shownIn,
        boolean fallback,
        int versionNumber,
        boolean enrolled,
        boolean canEnrol,
        int stepsDone,
        int stepsTotal,
        Instant completedAt,
        BigDecimal score,
        @Nullable StepRef next,
        List<Module> modules) {

    public enum Status {
        NOT_STARTED,
        IN_PROGRESS,
        COMPLETED
    }

    /**
     * @param bestScore for a quiz, the best score so far, or null
     */
    public record Item(
            StepRef step,
            int minutes,
            int questions,
            Status status,
            @Nullable BigDecimal bestScore) {}

    public record Module(String title, List<Item> items) {}

    public int percent() {
        return stepsTotal == 0 ? 0 : stepsDone * 100 / stepsTotal;
    }
}
