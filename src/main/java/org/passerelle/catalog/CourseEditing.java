package org.passerelle.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.passerelle.identity.Role;
import org.passerelle.identity.SignedInUser;
import org.passerelle.identity.UserAdministration;
import org.passerelle.identity.UserSummary;
import org.passerelle.shared.Language;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.FileSystemUtils;

/**
 * Editing courses in the app. A course being edited is a draft: its folder in the {@code courses/} format, held
 * in the database file by file. The editor reads and writes those files; publishing imports them with the same
 * rules and versions as a folder placed in {@code courses/}, so the editor and the files are two faces of the
 * same content (docs/decisions/0011-drafts-are-course-folders.md).
 *
 * <p>Only a course's owners and co-authors, and administrators, may edit it. Saving a text names the revision it
 * was started from; when someone else saved the same file meanwhile, the save is refused with {@link Conflict},
 * which carries their text, and nothing is overwritten.
 */
@Service
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
public class CourseEditing {

    private final DraftStore drafts;
    private final DraftAccess access;
    private final DraftOutlines outlines;
    private final CourseAuthors authors;
    private final CourseVersions versions;
    private final CourseImport importer;
    private final UserAdministration users;

    CourseEditing(
            DraftStore drafts,
            DraftAccess access,
            DraftOutlines outlines,
            CourseAuthors authors,
            CourseVersions versions,
            CourseImport importer,
            UserAdministration users) {
        this.drafts = drafts;
        this.access = access;
        this.outlines = outlines;
        this.authors = authors;
        this.versions = versions;
        this.importer = importer;
        this.users = users;
    }

    // ---- courses

    /** The courses the signed-in person may edit: theirs, or every course and draft for administrators. */
    @Transactional(readOnly = true)
    public List<EditableCourse> editable(Language reader) {
        long me = SignedInUser.requireId();
        List<String> ids;
        if (DraftAccess.admin()) {
            java.util.TreeSet<String> all = new java.util.TreeSet<>(drafts.allDrafts());
            all.addAll(versions.courseIds());
            ids = List.copyOf(all);
        } else {
            ids = authors.coursesOf(me);
        }
        List<EditableCourse> list = new ArrayList<>();
        Set<String> drafted = Set.copyOf(drafts.drafted(ids));
        for (String id : ids) {
            Optional<CourseVersion> current = versions.currentVersionOf(id);
            Optional<DraftStore.Draft> draft = drafted.contains(id) ? drafts.draft(id) : Optional.empty();
            String title = draft.flatMap(d -> drafts.file(id, DraftFormat.COURSE))
                    .map(file ->
                            titleIn(DraftFormat.readCourse(id, file.content()).title(), reader))
                    .or(() -> current.map(v -> v.texts().stream()
                            .filter(t -> t.language().equals(reader.code()))
                            .findFirst()
                            .or(() -> v.texts().stream().findFirst())
                            .map(CourseVersion.Text::title)
                            .orElse(id)))
                    .orElse(id);
            list.add(new EditableCourse(
                    id,
                    title,
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
     * @throws Refused when the id is not a folder name or is taken
     */
    @Transactional
    public String create(String id, Language language, String title) {
        String name = id == null ? "" : id.strip();
        if (!CourseFiles.NAME.matcher(name).matches()) {
            throw new Refused("editor.refused.course-id");
        }
        if (title == null || title.isBlank()) {
            throw new Refused("editor.refused.title");
        }
        if (versions.currentVersionOf(name).isPresent() || drafts.draft(name).isPresent()) {
            throw new Refused("editor.refused.course-taken", name);
        }
        Map<Language, String> titles = new EnumMap<>(Language.class);
        titles.put(language, title.strip());
        CourseMeta meta = new CourseMeta(
                name,
                language,
                titles,
                new EnumMap<>(Language.class),
                List.of(),
                "introductory",
                1,
                new EnumMap<>(Language.class),
                true,
                70,
                List.of());
        if (!drafts.create(
                name,
                null,
                SignedInUser.requireId(),
                DraftAccess.me(),
                Map.of(DraftFormat.COURSE, DraftFormat.write(meta)))) {
            // Someone created a course with this name at the same moment.
            throw new Refused("editor.refused.course-taken", name);
        }
        authors.set(name, SignedInUser.requireId(), DraftAccess.me(), AuthorRole.OWNER);
        return name;
    }

    /** The draft of a course, started from its published version when there is none yet. */
    @Transactional
    public Outline outline(String courseId) {
        access.requireEditor(courseId);
        access.ensureDraft(courseId);
        return outlines.of(courseId);
    }

    @Transactional(readOnly = true)
    public Revised<CourseMeta> meta(String courseId) {
        access.requireDrafted(courseId);
        DraftStore.File file = drafts.file(courseId, DraftFormat.COURSE).orElseThrow();
        return new Revised<>(DraftFormat.readCourse(courseId, file.content()), file.revision());
    }

    /**
     * Saves the course's settings and texts; the module order is kept as it is now (moving modules is its own
     * change).
     *
     * @return the new revision
     * @throws Conflict when someone saved the settings after {@code revision}
     */
    @Transactional
    public int saveMeta(String courseId, CourseMeta meta, int revision) {
        access.requireDrafted(courseId);
        DraftStore.File current = drafts.file(courseId, DraftFormat.COURSE).orElseThrow();
        CourseMeta stored = DraftFormat.readCourse(courseId, current.content());
        CourseMeta kept = new CourseMeta(
                courseId,
                meta.defaultLanguage(),
                meta.title(),
                meta.description(),
                meta.authors(),
                meta.level(),
                meta.estimatedHours(),
                meta.tags(),
                meta.selfEnrolment(),
                meta.quizPassingScore(),
                stored.modules());
        return access.put(courseId, DraftFormat.COURSE, DraftFormat.write(kept), revision);
    }

    // ---- modules

    /** Adds a module at the end with its title in one language; returns its folder name. */
    @Transactional
    public String addModule(String courseId, Language language, String title) {
        access.requireDrafted(courseId);
        if (title == null || title.isBlank()) {
            throw new Refused("editor.refused.title");
        }
        drafts.lock(courseId);
        CourseMeta course = access.course(courseId);
        String folder = unique(
                String.format(Locale.ROOT, "%02d-", course.modules().size() + 1) + slug(title, "module"),
                existingFolders(courseId));
        Map<Language, String> titles = new EnumMap<>(Language.class);
        titles.put(language, title.strip());
        drafts.put(
                courseId,
                folder + "/" + DraftFormat.MODULE,
                DraftFormat.write(new ModuleMeta(folder, titles, Map.of(), List.of(), null)),
                0,
                DraftAccess.me());
        List<String> modules = new ArrayList<>(course.modules());
        modules.add(folder);
        access.writeCourse(courseId, withModules(course, modules));
        return folder;
    }

    @Transactional(readOnly = true)
    public Revised<ModuleMeta> module(String courseId, String folder) {
        access.requireDrafted(courseId);
        DraftStore.File file = access.moduleFile(courseId, folder);
        return new Revised<>(
                DraftFormat.readModule(
                        folder, file.content(), access.course(courseId).defaultLanguage()),
                file.revision());
    }

    /** Saves a module's titles and descriptions; its lessons and quiz stay as they are now. */
    @Transactional
    public int saveModule(
            String courseId,
            String folder,
            Map<Language, String> title,
            Map<Language, String> description,
            int revision) {
        access.requireDrafted(courseId);
        ModuleMeta stored = module(courseId, folder).value();
        return access.put(
                courseId,
                folder + "/" + DraftFormat.MODULE,
                DraftFormat.write(new ModuleMeta(folder, title, description, stored.lessons(), stored.quiz())),
                revision);
    }

    /** Moves a module up (negative) or down (positive) in the course. */
    @Transactional
    public void moveModule(String courseId, String folder, int by) {
        access.requireDrafted(courseId);
        drafts.lock(courseId);
        CourseMeta course = access.course(courseId);
        access.writeCourse(courseId, withModules(course, moved(course.modules(), folder, by)));
    }

    /** Removes a module with its lessons, quiz and files from the draft. */
    @Transactional
    public void removeModule(String courseId, String folder) {
        access.requireDrafted(courseId);
        drafts.lock(courseId);
        CourseMeta course = access.course(courseId);
        access.moduleFile(courseId, folder);
        List<String> modules = new ArrayList<>(course.modules());
        modules.remove(folder);
        access.writeCourse(courseId, withModules(course, modules));
        drafts.deleteFolder(courseId, folder);
    }

    // ---- lessons

    /** Adds a lesson at the end of a module with its title in one language; returns its name. */
    @Transactional
    public String addLesson(String courseId, String folder, Language language, String title) {
        access.requireDrafted(courseId);
        if (title == null || title.isBlank()) {
            throw new Refused("editor.refused.title");
        }
        drafts.lock(courseId);
        ModuleMeta module = module(courseId, folder).value();
        Set<String> taken = new java.util.HashSet<>(module.lessons());
        for (DraftStore.Entry entry : drafts.entries(courseId)) {
            String path = entry.path();
            if (path.startsWith(folder + "/") && path.endsWith(".md") && path.indexOf('/', folder.length() + 1) < 0) {
                String file = path.substring(folder.length() + 1, path.length() - ".md".length());
                taken.add(file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file);
            }
        }
        String name =
                unique(String.format(Locale.ROOT, "%02d-", module.lessons().size() + 1) + slug(title, "lesson"), taken);
        drafts.put(
                courseId,
                DraftFormat.lessonPath(folder, name, language),
                DraftFormat.write(LessonContent.LessonText.started(title.strip())),
                0,
                DraftAccess.me());
        List<String> lessons = new ArrayList<>(module.lessons());
        lessons.add(name);
        access.writeModule(
                courseId, new ModuleMeta(folder, module.title(), module.description(), lessons, module.quiz()));
        return name;
    }

    @Transactional
    public void moveLesson(String courseId, String folder, String lesson, int by) {
        access.requireDrafted(courseId);
        drafts.lock(courseId);
        ModuleMeta module = module(courseId, folder).value();
        access.writeModule(
                courseId,
                new ModuleMeta(
                        folder,
                        module.title(),
                        module.description(),
                        moved(module.lessons(), lesson, by),
                        module.quiz()));
    }

    /** Removes a lesson in every language from the draft. */
    @Transactional
    public void removeLesson(String courseId, String folder, String lesson) {
        access.requireDrafted(courseId);
        drafts.lock(courseId);
        ModuleMeta module = module(courseId, folder).value();
        if (!module.lessons().contains(lesson)) {
            throw new Refused("editor.refused.missing");
        }
        List<String> lessons = new ArrayList<>(module.lessons());
        lessons.remove(lesson);
        access.writeModule(
                courseId, new ModuleMeta(folder, module.title(), module.description(), lessons, module.quiz()));
        for (Language language : Language.values()) {
            drafts.delete(courseId, DraftFormat.lessonPath(folder, lesson, language));
        }
    }

    /** A lesson's text in one language; an empty text with revision 0 when it is not written yet. */
    @Transactional(readOnly = true)
    public Revised<LessonContent.LessonText> lesson(String courseId, String folder, String lesson, Language language) {
        access.requireLesson(courseId, folder, lesson);
        return drafts.file(courseId, DraftFormat.lessonPath(folder, lesson, language))
                .map(file -> new Revised<>(DraftFormat.readLesson(file.content()), file.revision()))
                .orElseGet(() -> new Revised<>(LessonContent.LessonText.started(""), Revised.NEW_FILE));
    }

    /**
     * Saves a lesson's text in one language.
     *
     * @param revision the revision the text was started from (0 for a language not written yet)
     * @return the new revision
     * @throws Conflict when someone else saved this lesson in this language meanwhile
     */
    @Transactional
    public int saveLesson(
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

    /** Removes one language of a lesson (not the course's default language). */
    @Transactional
    public void removeLessonLanguage(String courseId, String folder, String lesson, Language language) {
        access.requireLesson(courseId, folder, lesson);
        if (access.course(courseId).defaultLanguage() == language) {
            throw new Refused("editor.refused.default-language");
        }
        drafts.delete(courseId, DraftFormat.lessonPath(folder, lesson, language));
    }

    // ---- preview, publish, export

    /**
     * The draft read with the importer's rules: the course exactly as it would be published, or every problem
     * that prevents publishing it.
     */
    @Transactional(readOnly = true)
    public CourseReading check(String courseId) {
        access.requireDrafted(courseId);
        Path root = access.materialise(courseId);
        try {
            return CourseFiles.read(root.resolve(DraftAccess.COURSES), courseId);
        } finally {
            FileSystemUtils.deleteRecursively(root.toFile());
        }
    }

    /**
     * Publishes the draft as the course's next version after checking it with the importer's rules. Learners
     * already enrolled stay on the version they started.
     */
    @Transactional
    public ImportReport.Outcome publish(String courseId) {
        access.requireDrafted(courseId);
        drafts.lock(courseId);
        Path root = access.materialise(courseId);
        try {
            ImportReport.Outcome outcome = importer.importFrom(root.resolve(DraftAccess.COURSES), courseId);
            if (outcome.status() != ImportReport.Status.REJECTED) {
                versions.currentVersionOf(courseId).ifPresent(version -> drafts.rebase(courseId, version.id()));
            }
            return outcome;
        } finally {
            FileSystemUtils.deleteRecursively(root.toFile());
        }
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

    // ---- authors

    @Transactional(readOnly = true)
    public List<CourseAuthor> authors(String courseId) {
        access.requireEditor(courseId);
        return authors.authors(courseId);
    }

    /**
     * Makes an instructor (or administrator) an owner or co-author of a course.
     *
     * @throws Refused when nobody has that username or email, or the account may not author courses
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CourseAuthor addAuthor(String courseId, String usernameOrEmail, AuthorRole role) {
        if (versions.currentVersionOf(courseId).isEmpty()
                && drafts.draft(courseId).isEmpty()) {
            throw new Refused("editor.refused.missing");
        }
        UserSummary user = users.find(usernameOrEmail == null ? "" : usernameOrEmail)
                .orElseThrow(() -> new Refused("editor.refused.no-user", usernameOrEmail));
        if (!user.has(Role.INSTRUCTOR) && !user.has(Role.ADMIN)) {
            throw new Refused("editor.refused.not-instructor", user.username());
        }
        authors.set(courseId, user.id(), user.username(), role);
        return new CourseAuthor(user.id(), user.username(), role);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void removeAuthor(String courseId, long userId) {
        authors.remove(courseId, userId);
    }

    // ---- inside

    private static CourseMeta withModules(CourseMeta c, List<String> modules) {
        return new CourseMeta(
                c.id(),
                c.defaultLanguage(),
                c.title(),
                c.description(),
                c.authors(),
                c.level(),
                c.estimatedHours(),
                c.tags(),
                c.selfEnrolment(),
                c.quizPassingScore(),
                modules);
    }

    private Set<String> existingFolders(String courseId) {
        return drafts.entries(courseId).stream()
                .map(DraftStore.Entry::path)
                .filter(path -> path.contains("/"))
                .map(path -> path.substring(0, path.indexOf('/')))
                .collect(Collectors.toSet());
    }

    private static List<String> moved(List<String> list, String item, int by) {
        int from = list.indexOf(item);
        if (from < 0) {
            throw new Refused("editor.refused.missing");
        }
        int to = Math.max(0, Math.min(list.size() - 1, from + by));
        List<String> result = new ArrayList<>(list);
        result.remove(from);
        result.add(to, item);
        return result;
    }

    /** A folder or lesson name from a title: lower-case ASCII letters, digits and dashes. */
    public static String slug(String title, String otherwise) {
        String plain = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (plain.length() > 40) {
            plain = plain.substring(0, 40).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? otherwise : plain;
    }

    private static String unique(String name, Collection<String> taken) {
        String candidate = name;
        int n = 2;
        while (taken.contains(candidate)) {
            candidate = name + "-" + n++;
        }
        return candidate;
    }

    private static String titleIn(Map<Language, String> titles, Language reader) {
        return Optional.ofNullable(titles.get(reader))
                .or(() -> titles.values().stream().findFirst())
                .orElse("");
    }
}
