package org.passerelle.catalog;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.passerelle.shared.Language;

/**
 * What a draft's module.yaml says.
 *
 * @param lessons the lesson names in order
 * @param quiz the file of the module's quiz settings, relative to its folder, or null when it has no quiz
 */
public record ModuleMeta(
        String folder,
        Map<Language, String> title,
        Map<Language, String> description,
        List<String> lessons,
        @Nullable String quiz) {

    /** A module just added in the editor: its title in one language, no lesson, no quiz. */
    static ModuleMeta started(String folder, Language language, String title) {
        return new ModuleMeta(folder, Map.of(language, title), Map.of(), List.of(), null);
    }

    public ModuleMeta withTexts(Map<Language, String> title, Map<Language, String> description) {
        return new ModuleMeta(folder, title, description, lessons, quiz);
    }

    public ModuleMeta withLessons(List<String> lessons) {
        return new ModuleMeta(folder, title, description, lessons, quiz);
    }

    public ModuleMeta withQuiz(String quiz) {
        return new ModuleMeta(folder, title, description, lessons, quiz);
    }
}
