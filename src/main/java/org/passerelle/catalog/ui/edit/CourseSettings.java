package org.passerelle.catalog.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.passerelle.catalog.CourseContent;
import org.passerelle.catalog.CourseMeta;
import org.passerelle.shared.Language;

/** A course's settings, as the settings form holds them. */
public record CourseSettings(
        Language defaultLanguage,
        String level,
        int estimatedHours,
        int quizPassingScore,
        boolean selfEnrolment,
        List<CourseContent.Author> authors) {

    static CourseSettings of(CourseMeta course) {
        return new CourseSettings(
                course.defaultLanguage(),
                course.level(),
                course.estimatedHours(),
                course.quizPassingScore(),
                course.selfEnrolment(),
                course.authors());
    }

    /** course.yaml with these settings and the texts written in each language (its modules stay the server's). */
    CourseMeta meta(String courseId, Map<Language, CourseTexts> texts) {
        return new CourseMeta(
                courseId,
                defaultLanguage,
                CourseTexts.written(texts, text -> text.title().strip(), title -> !title.isEmpty()),
                CourseTexts.written(texts, text -> text.description().strip(), text -> !text.isEmpty()),
                authors,
                level,
                estimatedHours,
                CourseTexts.written(texts, CourseTexts::tags, tags -> !tags.isEmpty()),
                selfEnrolment,
                quizPassingScore,
                List.of());
    }

    /** One author per line: "Name (Affiliation)" or "Name". */
    static List<CourseContent.Author> authors(String text) {
        List<CourseContent.Author> list = new ArrayList<>();
        for (String line : text.split("\n")) {
            String entry = line.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int open = entry.lastIndexOf('(');
            if (open > 0 && entry.endsWith(")")) {
                list.add(new CourseContent.Author(
                        entry.substring(0, open).strip(),
                        entry.substring(open + 1, entry.length() - 1).strip()));
            } else {
                list.add(new CourseContent.Author(entry, null));
            }
        }
        return list;
    }

    static String authorLines(List<CourseContent.Author> authors) {
        return String.join(
                "\n",
                authors.stream()
                        .map(a -> a.affiliation() == null ? a.name() : a.name() + " (" + a.affiliation() + ")")
                        .toList());
    }
}
