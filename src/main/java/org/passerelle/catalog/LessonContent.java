package org.passerelle.catalog;

import java.util.Map;
import org.passerelle.shared.Language;

/** One lesson, with its text in each language it exists in. */
public record LessonContent(String name, Map<Language, LessonText> texts) {

    /**
     * @param markdown the body after the front matter, not yet rendered
     * @param media paths relative to the module folder (video: a URL), by kind
     */
    public record LessonText(String title, int minutes, Map<String, String> media, String markdown) {

        /** A lesson text just started in the editor: a title, the default reading time, nothing else. */
        static LessonText started(String title) {
            return new LessonText(title, ContentLimits.LESSON_MINUTES.byDefault(), Map.of(), "");
        }
    }
}
