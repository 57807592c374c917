package org.passerelle.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.shared.Language;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The modules of a course's draft: added, their texts saved, moved and removed. Adding, moving and removing change
 * the course's structure under a lock on the draft, so they never overwrite anyone's text and never conflict;
 * saving a module's texts names the revision they were read at ({@link Conflict} otherwise). Owners, co-authors
 * and administrators only.
 */
@Service
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
public class DraftModules {

    private final DraftStore drafts;
    private final DraftAccess access;

    DraftModules(DraftStore drafts, DraftAccess access) {
        this.drafts = drafts;
        this.access = access;
    }

    /**
     * Adds a module at the end of the course with its title in one language.
     *
     * @return its folder name, made from the title
     * @throws Refused when the title is blank
     */
    @Transactional
    public String add(String courseId, Language language, String title) {
        access.requireDrafted(courseId);
        if (title == null || title.isBlank()) {
            throw new Refused("editor.refused.title");
        }
        drafts.lock(courseId);
        CourseMeta course = access.course(courseId);
        String folder = FolderNames.unique(
                FolderNames.numbered(course.modules().size() + 1, title, "module"), existingFolders(courseId));
        drafts.put(
                courseId,
                folder + "/" + DraftFormat.MODULE,
                DraftFormat.write(ModuleMeta.started(folder, language, title.strip())),
                Revised.NEW_FILE,
                DraftAccess.me());
        List<String> modules = new ArrayList<>(course.modules());
        modules.add(folder);
        access.writeCourse(courseId, course.withModules(modules));
        return folder;
    }

    /** A module's texts, lessons and quiz, with the revision of its module.yaml. */
    @Transactional(readOnly = true)
    public Revised<ModuleMeta> read(String courseId, String folder) {
        access.requireDrafted(courseId);
        return access.module(courseId, folder);
    }

    /**
     * Saves a module's titles and descriptions; its lessons and quiz stay as they are now.
     *
     * @return the new revision
     * @throws Conflict when someone saved the module after {@code revision}
     */
    @Transactional
    public int save(
            String courseId,
            String folder,
            Map<Language, String> title,
            Map<Language, String> description,
            int revision) {
        access.requireDrafted(courseId);
        ModuleMeta stored = access.module(courseId, folder).value();
        return access.put(
                courseId,
                folder + "/" + DraftFormat.MODULE,
                DraftFormat.write(stored.withTexts(title, description)),
                revision);
    }

    /** Moves a module up (negative) or down (positive) in the course, stopping at either end. */
    @Transactional
    public void move(String courseId, String folder, int by) {
        access.requireDrafted(courseId);
        drafts.lock(courseId);
        CourseMeta course = access.course(courseId);
        access.writeCourse(courseId, course.withModules(FolderNames.moved(course.modules(), folder, by)));
    }

    /** Removes a module with its lessons, quiz and files from the draft. */
    @Transactional
    public void remove(String courseId, String folder) {
        access.requireDrafted(courseId);
        drafts.lock(courseId);
        CourseMeta course = access.course(courseId);
        access.moduleFile(courseId, folder);
        List<String> modules = new ArrayList<>(course.modules());
        modules.remove(folder);
        access.writeCourse(courseId, course.withModules(modules));
        drafts.deleteFolder(courseId, folder);
    }

    private Set<String> existingFolders(String courseId) {
        return drafts.entries(courseId).stream()
                .map(DraftStore.Entry::path)
                .filter(path -> path.contains("/"))
                .map(path -> path.substring(0, path.indexOf('/')))
                .collect(Collectors.toSet());
    }
}
