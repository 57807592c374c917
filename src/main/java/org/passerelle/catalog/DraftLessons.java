package org.passerelle.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.passerelle.shared.Language;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lessons of a course's draft: added to a module, their text in each language read and saved, moved and
 * removed. A lesson's text in one language is one file: saving it names the revision it was read at, and a save
 * made after someone else's is refused with their text ({@link Conflict}). Adding, moving and removing change the
 * module under a lock on the draft. Owners, co-authors and administrators only.
 */
@Service
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
public class DraftLessons {

    private final DraftStore drafts;
    private final DraftAccess access;

    DraftLessons(DraftStore drafts, DraftAccess access) {
        this.drafts = drafts;
        this.access = access;
    }

    /**
     * Adds a lesson at the end of a module with its title in one language.
     *
     * @return its name, made from the title
     * @throws Refused when the title is blank or the module no longer exists
     */
    @Transactional
    public String add(String courseId, String folder, Language language, String title) {
        access.requireDrafted(courseId);
        if (title == null || title.isBlank()) {
            throw new Refused("editor.refused.title");
        }
        drafts.lock(courseId);
        ModuleMeta module = access.module(courseId, folder).value();
        String name = FolderNames.unique(
                FolderNames.numbered(module.lessons().size() + 1, title, "lesson"), takenNames(courseId, module));
        drafts.put(
                courseId,
                DraftFormat.lessonPath(folder, name, language),
                DraftFormat.write(LessonContent.LessonText.started(title.strip())),
                Revised.NEW_FILE,
                DraftAccess.me());
        List<String> lessons = new ArrayList<>(module.lessons());
        lessons.add(name);
        access.writeModule(courseId, module.withLessons(lessons));
        return name;
    }

    /** A lesson's text in one language; an empty text at {@link Revised#NEW_FILE} when it is not written yet. */
    @Transactional(readOnly = true)
    public Revised<LessonContent.LessonText> read(String courseId, String folder, String lesson, Language language) {
        access.requireLesson(courseId, folder, lesson);
        return drafts.file(courseId, DraftFormat.lessonPath(folder, lesson, language))
                .map(file -> new Revised<>(DraftFormat.readLesson(file.content()), file.revision()))
                .orElseGet(() -> new Revised<>(LessonContent.LessonText.started(""), Revised.NEW_FILE));
    }

    /**
     * Saves a lesson's text in one language.
     *
     * @param revision the revision the text was read at ({@link Revised#NEW_FILE} for a language not written yet)
     * @return the new revision
     * @throws Refused when the reading time is out of {@link ContentLimits#LESSON_MINUTES} or the video is no
     *     http(s) address
     * @throws Conflict when someone else saved this lesson in this language meanwhile
     */
    @Transactional
    public int save(
            String courseId,
            String folder,
            String lesson,
            Language language,
            LessonContent.LessonText text,
            int revision) {
        access.requireLesson(courseId, folder, lesson);
        if (!ContentLimits.LESSON_MINUTES.allows(text.minutes())) {
            throw new Refused(
                    "editor.refused.minutes", ContentLimits.LESSON_MINUTES.min(), ContentLimits.LESSON_MINUTES.max());
        }
        String video = text.media().get("video");
        if (video != null && !video.startsWith("https://") && !video.startsWith("http://")) {
            throw new Refused("editor.refused.video");
        }
        return access.put(
                courseId,
                DraftFormat.lessonPath(folder, lesson, language),
                DraftFormat.write(text),
                revision,
                bytes -> DraftFormat.readLesson(bytes).markdown());
    }

    /** Moves a lesson up (negative) or down (positive) in its module, stopping at either end. */
    @Transactional
    public void move(String courseId, String folder, String lesson, int by) {
        access.requireDrafted(courseId);
        drafts.lock(courseId);
        ModuleMeta module = access.module(courseId, folder).value();
        access.writeModule(courseId, module.withLessons(FolderNames.moved(module.lessons(), lesson, by)));
    }

    /** Removes a lesson in every language from the draft. */
    @Transactional
    public void remove(String courseId, String folder, String lesson) {
        access.requireDrafted(courseId);
        drafts.lock(courseId);
        ModuleMeta module = access.module(courseId, folder).value();
        if (!module.lessons().contains(lesson)) {
            throw new Refused("editor.refused.missing");
        }
        List<String> lessons = new ArrayList<>(module.lessons());
        lessons.remove(lesson);
        access.writeModule(courseId, module.withLessons(lessons));
        for (Language language : Language.values()) {
            drafts.delete(courseId, DraftFormat.lessonPath(folder, lesson, language));
        }
    }

    /**
     * Removes one language of a lesson.
     *
     * @throws Refused for the course's default language, which every lesson must have
     */
    @Transactional
    public void removeLanguage(String courseId, String folder, String lesson, Language language) {
        access.requireLesson(courseId, folder, lesson);
        if (access.course(courseId).defaultLanguage() == language) {
            throw new Refused("editor.refused.default-language");
        }
        drafts.delete(courseId, DraftFormat.lessonPath(folder, lesson, language));
    }

    /** The module's lessons and the names of the Markdown files in its folder, which a new lesson may not take. */
    private Set<String> takenNames(String courseId, ModuleMeta module) {
        String folder = module.folder();
        Set<String> taken = new HashSet<>(module.lessons());
        for (DraftStore.Entry entry : drafts.entries(courseId)) {
            String path = entry.path();
            if (path.startsWith(folder + "/") && path.endsWith(".md") && path.indexOf('/', folder.length() + 1) < 0) {
                String file = path.substring(folder.length() + 1, path.length() - ".md".length());
                taken.add(file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file);
            }
        }
        return taken;
    }
}
