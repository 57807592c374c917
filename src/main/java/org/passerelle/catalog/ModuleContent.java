package org.passerelle.catalog;

import java.util.List;
import java.util.Map;
import org.passerelle.shared.Language;

/** One module of a course: its lessons in order and the quiz that ends it, if any. */
public record ModuleContent(
        String folder,
        Map<Language, String> title,
        Map<Language, String> description,
        List<LessonContent> lessons,
        QuizContent quiz) {}
