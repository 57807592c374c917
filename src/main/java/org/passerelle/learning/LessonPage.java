package org.passerelle.learning;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.passerelle.shared.Language;

/**
 * A lesson as a learner reads it, already made safe.
 *
 * @param html the lesson text rendered from Markdown and sanitised, links to course files resolved
 * @param media the lesson's files in the order they are offered: transcript, audio, slides, video
 * @param step this lesson as links lead to it
 * @param previous the step before, or null; {@code next} likewise
 * @param outline the course's modules and steps with the learner's status of each, for the outline beside the text
 */
public record LessonPage(
        String courseId,
        StepRef step,
        String courseTitle,
        String moduleTitle,
        String title,
        int minutes,
        Language shownIn,
        boolean fallback,
        String html,
        List<Media> media,
        boolean completed,
        int stepsDone,
        int stepsTotal,
        @Nullable StepRef previous,
        @Nullable StepRef next,
        Place place,
        List<CoursePage.Module> outline) {

    /** Where the lesson stands: module 2 of 6, lesson 1 of 3 in that module (counted from 1). */
    public record Place(int module, int modules, int lesson, int lessons) {}

    /**
     * @param kind transcript, audio, slides or video
     * @param url where to get it (an outside address for video)
     * @param bytes its size, or -1 when unknown (video)
     */
    public record Media(String kind, String url, long bytes) {}
}
