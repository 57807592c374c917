package org.passerelle.learning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.passerelle.catalog.LessonContent;
import org.passerelle.catalog.MediaAddresses;
import org.passerelle.catalog.ModuleContent;
import org.passerelle.catalog.PublishedVersion;
import org.passerelle.catalog.SafeMarkdown;
import org.passerelle.shared.Language;
import org.springframework.stereotype.Component;

/**
 * Builds a lesson as a learner reads it from a course's content, wherever its files are served from: the
 * learner's page and the author's preview of a draft are made here, so they cannot differ.
 */
@Component
class LessonPages {

    /** Where the files of a course's content are served, and how large they are. */
    interface Files {

        /** The address of a file a lesson of the module refers to, or null when it leaves the course folder. */
        @Nullable
        String url(String module, String reference);

        /** The size in bytes of each of these files (paths inside the course folder) that exists. */
        Map<String, Long> sizes(Collection<String> paths);
    }

    /** Where a learner reads what a step did for them so far, and the status of every step of the course. */
    record Progress(boolean completed, int stepsDone, int stepsTotal, List<CoursePage.Module> outline) {}

    private final CoursePages pages;

    LessonPages(CoursePages pages) {
        this.pages = pages;
    }

    /** The lesson of a module, which must be a step of {@code path}. */
    LessonPage page(
            PublishedVersion version,
            CoursePath path,
            String module,
            String lesson,
            Language reader,
            Files files,
            Progress progress) {
        ShownLanguage shown = ShownLanguage.of(version.content(), reader);
        ModuleContent moduleContent = version.content().modules().stream()
                .filter(m -> m.folder().equals(module))
                .findFirst()
                .orElseThrow();
        LessonContent lessonContent = moduleContent.lessons().stream()
                .filter(l -> l.name().equals(lesson))
                .findFirst()
                .orElseThrow();
        LessonContent.LessonText text = shown.text(lessonContent.texts());
        String html = SafeMarkdown.toHtml(text.markdown(), reference -> files.url(module, reference));
        int index = path.indexOf(CoursePath.lessonKey(module, lesson));
        return new LessonPage(
                version.courseId(),
                new StepRef(version.courseId(), module, lesson, text.title()),
                shown.text(version.content().title()),
                shown.text(moduleContent.title()),
                text.title(),
                text.minutes(),
                shown.language(),
                shown.fallback(),
                html,
                media(module, text.media(), files),
                progress.completed(),
                progress.stepsDone(),
                progress.stepsTotal(),
                index > 0 ? pages.ref(version, path.steps().get(index - 1), shown) : null,
                index + 1 < path.steps().size()
                        ? pages.ref(version, path.steps().get(index + 1), shown)
                        : null,
                new LessonPage.Place(
                        version.content().modules().indexOf(moduleContent) + 1,
                        version.content().modules().size(),
                        moduleContent.lessons().indexOf(lessonContent) + 1,
                        moduleContent.lessons().size()),
                progress.outline());
    }

    private static List<LessonPage.Media> media(String module, Map<String, String> configured, Files files) {
        Map<String, String> paths = new LinkedHashMap<>();
        for (String kind : List.of("transcript", "audio", "slides")) {
            String reference = configured.get(kind);
            if (reference != null) {
                paths.put(kind, MediaAddresses.inCourse(module, reference));
            }
        }
        Map<String, Long> sizes = files.sizes(paths.values());
        List<LessonPage.Media> list = new ArrayList<>();
        paths.forEach((kind, path) -> {
            Long size = sizes.get(path);
            if (size != null) {
                list.add(new LessonPage.Media(kind, files.url(module, configured.get(kind)), size));
            }
        });
        if (configured.containsKey("video")) {
            list.add(new LessonPage.Media("video", configured.get("video"), -1));
        }
        return list;
    }
}
