package org.passerelle.catalog;

import java.util.Map;
import org.passerelle.shared.Language;

/** One lesson, with its text in each language it exists in. */
public record LessonContent(String name, Map<Language, LessonText> texts) {

    /**
     * @param markdown the body after the front matter, not yet rendered
     * @param media paths relative to the module folder (video: a URL), by kind
     */
    public record LessonText(String title, int minutes, Map<String, String> media, String markdown) {}
}
