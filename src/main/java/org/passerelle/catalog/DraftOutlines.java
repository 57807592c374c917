package org.passerelle.catalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.passerelle.assessment.GiftFormat;
import org.passerelle.shared.Language;
import org.springframework.stereotype.Component;

/** A draft as the course editor shows it: every module and lesson with the languages it is complete in. */
@Component
class DraftOutlines {

    private final DraftStore drafts;
    private final CourseVersions versions;

    DraftOutlines(DraftStore drafts, CourseVersions versions) {
        this.drafts = drafts;
        this.versions = versions;
    }

    Outline of(String courseId) {
        Map<String, DraftStore.File> files = drafts.files(courseId);
        DraftStore.File courseFile = files.get(DraftFormat.COURSE);
        CourseMeta meta = DraftFormat.readCourse(courseId, courseFile.content());
        Set<Language> languages = meta.languages();
        List<ModuleOutline> modules = new ArrayList<>();
        int lessonCount = 0;
        Map<Language, Integer> completeCount = new EnumMap<>(Language.class);
        for (String folder : meta.modules()) {
            DraftStore.File moduleFile = files.get(folder + "/" + DraftFormat.MODULE);
            if (moduleFile == null) {
                continue;
            }
            ModuleMeta module = DraftFormat.readModule(folder, moduleFile.content(), meta.defaultLanguage());
            List<LessonOutline> lessons = new ArrayList<>();
            EnumSet<Language> moduleComplete = EnumSet.noneOf(Language.class);
            moduleComplete.addAll(module.title().keySet());
            for (String lesson : module.lessons()) {
                Map<Language, String> titles = new EnumMap<>(Language.class);
                EnumSet<Language> complete = EnumSet.noneOf(Language.class);
                Map<Language, Long> media = new EnumMap<>(Language.class);
                for (Language language : Language.values()) {
                    DraftStore.File file = files.get(DraftFormat.lessonPath(folder, lesson, language));
                    if (file == null) {
                        continue;
                    }
                    LessonContent.LessonText text = DraftFormat.readLesson(file.content());
                    titles.put(language, text.title());
                    if (DraftFormat.complete(text)) {
                        complete.add(language);
                        completeCount.merge(language, 1, Integer::sum);
                    }
                    media.put(language, mediaBytes(files, folder, text));
                }
                moduleComplete.retainAll(complete);
                lessons.add(new LessonOutline(lesson, titles, complete, media));
                lessonCount++;
            }
            int questions = 0;
            DraftStore.File quizFile = module.quiz() == null ? null : files.get(folder + "/" + module.quiz());
            if (quizFile != null) {
                questions = DraftFormat.yamlQuestionCount(quizFile.content());
                for (Language language : Language.values()) {
                    DraftStore.File gift = files.get(DraftFormat.giftPath(folder, language));
                    if (gift != null) {
                        questions = Math.max(
                                questions,
                                GiftFormat.read(gift.path(), new String(gift.content(), StandardCharsets.UTF_8))
                                        .questions()
                                        .size());
                    }
                }
            }
            modules.add(new ModuleOutline(module, moduleFile.revision(), lessons, moduleComplete, questions));
        }
        Map<Language, Integer> coverage = new EnumMap<>(Language.class);
        for (Language language : languages) {
            coverage.put(language, lessonCount == 0 ? 0 : completeCount.getOrDefault(language, 0) * 100 / lessonCount);
        }
        Optional<CourseVersion> current = versions.currentVersionOf(courseId);
        DraftStore.Draft draft = drafts.draft(courseId).orElseThrow();
        int base = draft.baseVersionId() == null
                ? 0
                : versions.findById(draft.baseVersionId())
                        .map(CourseVersion::number)
                        .orElse(0);
        boolean changed = current.isEmpty() || !current.get().sources().equals(hashes(files));
        return new Outline(
                meta,
                courseFile.revision(),
                modules,
                coverage,
                base,
                current.map(CourseVersion::number).orElse(0),
                changed);
    }

    static Map<String, String> hashes(Map<String, DraftStore.File> files) {
        Map<String, String> hashes = new TreeMap<>();
        files.forEach((path, file) -> hashes.put(path, ContentHash.sha256(file.content())));
        return hashes;
    }

    /** The bytes a learner may fetch for one lesson text: its files and the images in its text. */
    static long mediaBytes(Map<String, DraftStore.File> files, String folder, LessonContent.LessonText text) {
        Set<String> paths = new TreeSet<>();
        text.media().forEach((kind, reference) -> {
            if (!kind.equals("video")) {
                Optional.ofNullable(MediaAddresses.inCourse(folder, reference)).ifPresent(paths::add);
            }
        });
        for (SafeMarkdown.Reference reference : SafeMarkdown.relativeReferences(text.markdown())) {
            Optional.ofNullable(MediaAddresses.inCourse(folder, reference.path()))
                    .ifPresent(paths::add);
        }
        return paths.stream()
                .map(files::get)
                .filter(Objects::nonNull)
                .mapToLong(file -> file.content().length)
                .sum();
    }
}
