package org.passerelle.catalog;

import java.util.Map;
import java.util.Set;
import org.passerelle.shared.Language;

/**
 * A lesson of a draft's outline.
 *
 * @param complete the languages it has a title and a text in
 * @param mediaBytes per language, the bytes of the files the lesson offers or shows
 */
public record LessonOutline(
        String name, Map<Language, String> titles, Set<Language> complete, Map<Language, Long> mediaBytes) {}
