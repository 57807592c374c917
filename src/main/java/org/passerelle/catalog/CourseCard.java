package org.passerelle.catalog;

import java.util.List;
import org.passerelle.shared.Language;

/**
 * A published course as the catalog lists it, in the reader's language when the course has it.
 *
 * @param shownIn the language the texts are in
 * @param fallback true when the reader's language is not available and {@code shownIn} is the course's
 *     default language
 * @param languages the languages in which every lesson exists
 */
public record CourseCard(
        String id,
        int version,
        String title,
        String description,
        String authors,
        int estimatedHours,
        int moduleCount,
        int lessonCount,
        List<Language> languages,
        Language shownIn,
        boolean fallback) {}
