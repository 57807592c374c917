package org.passerelle.catalog;

import java.util.List;
import java.util.Set;
import org.passerelle.shared.Language;

/**
 * A module of a draft's outline.
 *
 * @param revision the revision of its module.yaml
 * @param complete the languages every lesson of the module is complete in
 * @param quizQuestions how many questions its quiz has, 0 without a quiz
 */
public record ModuleOutline(
        ModuleMeta meta, int revision, List<LessonOutline> lessons, Set<Language> complete, int quizQuestions) {}
