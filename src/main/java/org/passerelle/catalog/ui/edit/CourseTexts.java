package org.passerelle.catalog.ui.edit;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.passerelle.catalog.CourseMeta;
import org.passerelle.shared.Language;

/** A course's texts in one language, as the settings form holds them. */
public record CourseTexts(String title, String description, List<String> tags) {

    static CourseTexts of(CourseMeta course, Language language) {
        return new CourseTexts(
                course.title().getOrDefault(language, ""),
                course.description().getOrDefault(language, ""),
                course.tags().getOrDefault(language, List.of()));
    }

    /** Tags separated by commas. */
    static List<String> tags(String text) {
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(tag -> !tag.isEmpty())
                .toList();
    }

    static String tagsLine(List<String> tags) {
        return String.join(", ", tags);
    }

    /** One of the texts in every language it is written in. */
    static <T> Map<Language, T> written(
            Map<Language, CourseTexts> texts, Function<CourseTexts, T> text, Function<T, Boolean> isWritten) {
        Map<Language, T> written = new EnumMap<>(Language.class);
        texts.forEach((language, entry) -> {
            T value = text.apply(entry);
            if (value != null && isWritten.apply(value)) {
                written.put(language, value);
            }
        });
        return written;
    }
}
