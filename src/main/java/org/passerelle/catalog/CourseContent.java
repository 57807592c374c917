package org.passerelle.catalog;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passerelle.shared.Language;

/** A course as its folder describes it, validated. */
public record CourseContent(
        String id,
        Language defaultLanguage,
        Map<Language, String> title,
        Map<Language, String> description,
        List<Author> authors,
        String level,
        int estimatedHours,
        Map<Language, List<String>> tags,
        boolean selfEnrolment,
        int quizPassingScore,
        List<ModuleContent> modules) {

    public record Author(String name, String affiliation) {}

    /** The languages in which every lesson of the course exists. */
    public Set<Language> completeLanguages() {
        EnumSet<Language> complete = EnumSet.allOf(Language.class);
        modules.forEach(module -> module.lessons()
                .forEach(lesson -> complete.retainAll(lesson.texts().keySet())));
        return complete;
    }

    /** The authors as a line: "name (affiliation), name". */
    public String authorsLine() {
        return String.join(
                ", ",
                authors.stream()
                        .map(author -> author.affiliation() == null
                                ? author.name()
                                : author.name() + " (" + author.affiliation() + ")")
                        .toList());
    }

    public int lessonCount() {
        return modules.stream().mapToInt(module -> module.lessons().size()).sum();
    }
}
