package org.passerelle.catalog;

import java.util.List;
import java.util.Map;
import org.passerelle.shared.Language;

/**
 * A draft as the course editor shows it: every module and lesson with the languages it is complete in.
 *
 * @param revision the revision of course.yaml
 * @param coverage per language of the course, the share of lessons complete in it, in percent
 * @param baseVersion the number of the version the draft was started from, 0 for a course never published
 * @param publishedVersion the number of the course's current version, 0 for a course never published
 * @param unpublishedChanges whether the draft differs from the current version
 */
public record Outline(
        CourseMeta meta,
        int revision,
        List<ModuleOutline> modules,
        Map<Language, Integer> coverage,
        int baseVersion,
        int publishedVersion,
        boolean unpublishedChanges) {}
