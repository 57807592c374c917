package org.passerelle.catalog;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passerelle.shared.Language;

/**
 * What a draft's course.yaml says: the course's settings, its texts in each language and the order of its modules.
 *
 * @param authors the authors learners are shown (not the accounts that may edit the course)
 * @param modules the module folders in order
 */
public record CourseMeta(
        String id,
        Language defaultLanguage,
        Map<Language, String> title,
        Map<Language, String> description,
        List<CourseContent.Author> authors,
        String level,
        int estimatedHours,
        Map<Language, List<String>> tags,
        boolean selfEnrolment,
        int quizPassingScore,
        List<String> modules) {

    /** A course just started in the editor: its title in one language, every setting at its default, no module. */
    static CourseMeta started(String id, Language language, String title) {
        Map<Language, String> titles = new EnumMap<>(Language.class);
        titles.put(language, title);
        return new CourseMeta(
                id,
                language,
                titles,
                new EnumMap<>(Language.class),
                List.of(),
                ContentLimits.DEFAULT_LEVEL,
                ContentLimits.ESTIMATED_HOURS.byDefault(),
                new EnumMap<>(Language.class),
                true,
                ContentLimits.PASSING_SCORE.byDefault(),
                List.of());
    }

    /** The languages the course offers: its default language and every language of its title. */
    public Set<Language> languages() {
        EnumSet<Language> languages = EnumSet.of(defaultLanguage);
        languages.addAll(title.keySet());
        return languages;
    }

    public CourseMeta withId(String id) {
        return new CourseMeta(
                id,
                defaultLanguage,
                title,
                description,
                authors,
                level,
                estimatedHours,
                tags,
                selfEnrolment,
                quizPassingScore,
                modules);
    }

    public CourseMeta withTitle(Map<Language, String> title) {
        return new CourseMeta(
                id,
                defaultLanguage,
                title,
                description,
                authors,
                level,
                estimatedHours,
                tags,
                selfEnrolment,
                quizPassingScore,
                modules);
    }

    public CourseMeta withDescription(Map<Language, String> description) {
        return new CourseMeta(
                id,
                defaultLanguage,
                title,
                description,
                authors,
                level,
                estimatedHours,
                tags,
                selfEnrolment,
                quizPassingScore,
                modules);
    }

    public CourseMeta withAuthors(List<CourseContent.Author> authors) {
        return new CourseMeta(
                id,
                defaultLanguage,
                title,
                description,
                authors,
                level,
                estimatedHours,
                tags,
                selfEnrolment,
                quizPassingScore,
                modules);
    }

    public CourseMeta withModules(List<String> modules) {
        return new CourseMeta(
                id,
                defaultLanguage,
                title,
                description,
                authors,
                level,
                estimatedHours,
                tags,
                selfEnrolment,
                quizPassingScore,
                modules);
    }
}
