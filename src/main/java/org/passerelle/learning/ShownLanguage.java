package org.passerelle.learning;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.passerelle.catalog.CourseContent;
import org.passerelle.shared.Language;

/** Which language a course is shown in: the reader's when every lesson exists in it, else the default. */
record ShownLanguage(Language language, @Nullable Language fallbackFrom, CourseContent course) {

    static ShownLanguage of(CourseContent course, Language reader) {
        Language language = course.completeLanguages().contains(reader) ? reader : course.defaultLanguage();
        return new ShownLanguage(language, language == reader ? null : reader, course);
    }

    boolean fallback() {
        return fallbackFrom != null;
    }

    <T> T text(Map<Language, T> texts) {
        T text = texts.get(language);
        return text != null ? text : texts.get(course.defaultLanguage());
    }
}
