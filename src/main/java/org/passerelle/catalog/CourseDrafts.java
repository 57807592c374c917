package org.passerelle.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.passerelle.identity.SignedInUser;
import org.passerelle.shared.Language;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The courses an instructor edits in the app, each as a draft: its folder in the {@code courses/} format, held in
 * the database file by file (docs/decisions/0011-drafts-are-course-folders.md). A draft is started, outlined, its
 * settings and texts saved, downloaded as a zip or thrown away here; its modules, lessons and quizzes are edited
 * with {@link DraftModules}, {@link DraftLessons} and {@link DraftQuizzes}, and it is published with
 * {@link CoursePublishing}.
 *
 * <p>Only a course's owners and co-authors, and administrators, may edit it; everyone else is told the course does
 * not exist. Saving a file names the revision it was started from; when someone else saved it meanwhile, the save
 * is refused with {@link Conflict}, which carries their text, and nothing is overwritten.
 */
@Service
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
public class CourseDrafts {

    private final DraftStore drafts;
    private final DraftAccess access;
    private final DraftOutlines outlines;
    private final CourseAuthors authors;
    private final CourseVersions versions;

    CourseDrafts(
            DraftStore drafts,
            DraftAccess access,
            DraftOutlines outlines,
            CourseAuthors authors,
            CourseVersions versions) {
        this.drafts = drafts;
        this.access = access;
        this.outlines = outlines;
        this.authors = authors;
        this.versions = versions;
    }

    /** The courses the signed-in person may edit: theirs, or every course and draft for administrators. */
    @Transactional(readOnly = true)
    public List<EditableCourse> editable(Language reader) {
        long me = SignedInUser.requireId();
        List<String> ids;
        if (DraftAccess.admin()) {
            Set<String> all = new TreeSet<>(drafts.allDrafts());
            all.addAll(versions.courseIds());
            ids = List.copyOf(all);
        } else {
            ids = authors.coursesOf(me);
        }
        Set<String> drafted = Set.copyOf(drafts.drafted(ids));
        List<EditableCourse> list = new ArrayList<>();
        for (String id : ids) {
            Optional<CourseVersion> current = versions.currentVersionOf(id);
            Optional<DraftStore.Draft> draft = drafted.contains(id) ? drafts.draft(id) : Optional.empty();
            list.add(new EditableCourse(
                    id,
                    title(id, draft.isPresent(), current, reader),
                    draft.isPresent(),
                    current.map(CourseVersion::number).orElse(0),
                    authors.roleOf(id, me).orElse(null),
                    draft.map(DraftStore.Draft::updatedAt).orElse(null)));
        }
        return list;
    }

    /**
     * Starts a new course as a draft with its title in one language; the person creating it becomes its owner.
     *
     * @param id the course's short name; blank: the one made from the title ({@link FolderNames#slug})
     * @return the course's id
     * @throws Refused when the title is blank, or the id is not a folder name or is taken
     */
    @Transactional
    public String create(@Nullable String id, Language language, @Nullable String title) {
        if (title == null || title.isBlank()) {
            throw new Refused("editor.refused.title");
        }
        String name = id == null || id.isBlank() ? FolderNames.slug(title, "") : id.strip();
        if (!CourseFiles.NAME.matcher(name).matches()) {
            throw new Refused("editor.refused.course-id");
        }
        if (versions.currentVersionOf(name).isPresent() || drafts.draft(name).isPresent()) {
            throw new Refused("editor.refused.course-taken", name);
        }
        CourseMeta meta = CourseMeta.started(name, language, title.strip());
        long me = SignedInUser.requireId();
        if (!drafts.create(name, null, me, DraftAccess.me(), Map.of(DraftFormat.COURSE, DraftFormat.write(meta)))) {
            // Someone created a course with this name at the same moment.
            throw new Refused("editor.refused.course-taken", name);
        }
        authors.set(name, me, DraftAccess.me(), AuthorRole.OWNER);
        return name;
    }

    /**
     * The draft of a course as the editor shows it, started from its published version when there is none yet.
     *
     * @throws Refused when the course does not exist or its version's files were not kept
     */
    @Transactional
    public Outline outline(String courseId) {
        access.requireEditor(courseId);
        access.ensureDraft(courseId);
        return outlines.of(courseId);
    }

    /** The course's settings and texts, as course.yaml says them, with that file's revision. */
    @Transactional(readOnly = true)
    public Revised<CourseMeta> meta(String courseId) {
        access.requireDrafted(courseId);
        DraftStore.File file = drafts.file(courseId, DraftFormat.COURSE).orElseThrow();
        return new Revised<>(DraftFormat.readCourse(courseId, file.content()), file.revision());
    }

    /**
     * Saves the course's settings and texts; its id and module order stay as they are now (moving modules is a
     * change of its own, {@link DraftModules#move}).
     *
     * @param revision the revision the settings were read at
     * @return the new revision
     * @throws Conflict when someone saved the settings after {@code revision}
     */
    @Transactional
    public int saveMeta(String courseId, CourseMeta meta, int revision) {
        access.requireDrafted(courseId);
        CourseMeta stored = access.course(courseId);
        CourseMeta kept = meta.withId(courseId).withModules(stored.modules());
        return access.put(courseId, DraftFormat.COURSE, DraftFormat.write(kept), revision);
    }

    /** The draft as a zip of its folder in the {@code courses/} format. */
    @Transactional(readOnly = true)
    public byte[] zip(String courseId) {
        access.requireDrafted(courseId);
        Map<String, byte[]> files = new TreeMap<>();
        drafts.files(courseId).forEach((path, file) -> files.put(path, file.content()));
        return CourseZip.pack(courseId, files);
    }

    /** Throws the draft away; the published version, if any, stays. */
    @Transactional
    public void discard(String courseId) {
        access.requireEditor(courseId);
        drafts.discard(courseId);
        if (versions.currentVersionOf(courseId).isEmpty()) {
            // A course that was never published ends with its draft: nobody authors it any more.
            authors.removeAll(courseId);
        }
    }

    /** The course's title in the reader's language: the draft's, or else the published version's, or else its id. */
    private String title(String id, boolean drafted, Optional<CourseVersion> current, Language reader) {
        Optional<String> draftTitle = drafted
                ? drafts.file(id, DraftFormat.COURSE)
                        .map(file -> DraftFormat.readCourse(id, file.content()).title())
                        .map(titles -> Optional.ofNullable(titles.get(reader))
                                .or(() -> titles.values().stream().findFirst())
                                .orElse(""))
                : Optional.empty();
        return draftTitle
                .or(() -> current.map(version -> version.texts().stream()
                        .filter(text -> text.language().equals(reader.code()))
                        .findFirst()
                        .or(() -> version.texts().stream().findFirst())
                        .map(CourseVersion.Text::title)
                        .orElse(id)))
                .orElse(id);
    }
}
