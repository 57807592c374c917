package org.passerelle.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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

    /** How much media one file may have, by kind. */
    public static final long MAX_MEDIA_BYTES = ContentFiles.MAX_FILE_BYTES;

    /** The folder a draft is written into for checking and publishing, named as the courses folder. */
    private static final String COURSES = "courses";

    public enum AuthorRole {
        OWNER,
        COAUTHOR
    }

    public record Author(long userId, String username, AuthorRole role) {}

    /** A course the signed-in person may edit. */
    public record EditableCourse(
            String id, String title, boolean drafted, int publishedVersion, AuthorRole role, Instant draftUpdatedAt) {}

    /** What course.yaml says. */
    public record CourseMeta(
            String id,
            Language defaultLanguage,
            Map<Language, String> title,
            Map<Language, String> description,
            List<CourseContent.Author> authors,
            String level,
            int estimatedHours,
            Map<Language, List<String>> tags,
            boolean selfEnrolment,
            int quizPassingScore,
            List<String> modules) {

        /** The languages the course offers: its default language and every language of its title. */
        public Set<Language> languages() {
            EnumSet<Language> languages = EnumSet.of(defaultLanguage);
            languages.addAll(title.keySet());
            return languages;
        }
    }

    /** What a module.yaml says. */
    public record ModuleMeta(
            String folder,
            Map<Language, String> title,
            Map<Language, String> description,
            List<String> lessons,
            String quiz) {}

    /** A value with the revision of the file it was read from (0: the file does not exist yet). */
    public record Revised<T>(T value, int revision) {}

    /** The draft as the editor shows it: every module and lesson with the languages it is complete in. */
    public record Outline(
            CourseMeta meta,
            int revision,
            List<ModuleOutline> modules,
            Map<Language, Integer> coverage,
            int baseVersion,
            int publishedVersion,
            boolean unpublishedChanges) {}

    public record ModuleOutline(
            ModuleMeta meta, int revision, List<LessonOutline> lessons, Set<Language> complete, int quizQuestions) {}

    /** @param mediaBytes per language, the bytes of the files the lesson offers or shows */
    public record LessonOutline(
            String name, Map<Language, String> titles, Set<Language> complete, Map<Language, Long> mediaBytes) {}

    /** A course file of the draft that may be shown in the editor's preview. */
    public record DraftMedia(byte[] bytes, String contentType) {}

    /** A quiz of the draft with the problems the importer finds in it. */
    public record QuizDraft(QuizContent quiz, List<org.passerelle.shared.FileProblem> problems) {}

    /** Refused because someone else saved the same file after this person opened it. */
    public static final class Conflict extends RuntimeException {

        private final String by;
        private final Instant at;
        private final int revision;
        private final String theirs;

        Conflict(String by, Instant at, int revision, String theirs) {
            super("changed meanwhile by " + by, null, false, false);
            this.by = by;
            this.at = at;
            this.revision = revision;
            this.theirs = theirs;
        }

        /** Who saved meanwhile. */
        public String by() {
            return by;
        }

        public Instant at() {
            return at;
        }

        /** The revision now stored: a save naming it replaces their text, deliberately. */
        public int revision() {
            return revision;
        }

        /** Their text, for merging (empty when the file was removed). */
        public String theirs() {
            return theirs;
        }
    }

    /** A change the editor refuses, with the translation key of the reason and its arguments. */
    public static final class Refused extends IllegalArgumentException {

        private final String key;
        private final transient Object[] arguments;

        Refused(String key, Object... arguments) {
            super(key, null);
            this.key = key;
            this.arguments = arguments;
        }

        public String key() {
            return key;
        }

        public Object[] arguments() {
            return arguments.clone();
        }
    }

    private final DraftStore drafts;
    private final CourseAuthors authors;
    private final CourseVersions versions;
    private final MediaBlobs blobs;
    private final CourseImport importer;
    private final UserAdministration users;

    CourseEditing(
            DraftStore drafts,
            CourseAuthors authors,
            CourseVersions versions,
            MediaBlobs blobs,
            CourseImport importer,
            UserAdministration users) {
        this.drafts = drafts;
        this.authors = authors;
        this.versions = versions;
        this.blobs = blobs;
        this.importer = importer;
        this.users = users;
    }

    // ---- courses

    /** The courses the signed-in person may edit: theirs, or every course and draft for administrators. */
    @Transactional(readOnly = true)
    public List<EditableCourse> editable(Language reader) {
        long me = SignedInUser.requireId();
        List<String> ids;
        if (admin()) {
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
        drafts.create(name, null, SignedInUser.requireId(), me(), Map.of(DraftFormat.COURSE, DraftFormat.write(meta)));
        authors.set(name, SignedInUser.requireId(), me(), AuthorRole.OWNER);
        return name;
    }

    /** The draft of a course, started from its published version when there is none yet. */
    @Transactional
    public Outline outline(String courseId) {
        requireEditor(courseId);
        ensureDraft(courseId);
        return outlineOf(courseId);
    }

    @Transactional(readOnly = true)
    public Revised<CourseMeta> meta(String courseId) {
        requireDrafted(courseId);
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
        requireDrafted(courseId);
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
        return put(courseId, DraftFormat.COURSE, DraftFormat.write(kept), revision);
    }

    // ---- modules

    /** Adds a module at the end with its title in one language; returns its folder name. */
    @Transactional
    public String addModule(String courseId, Language language, String title) {
        requireDrafted(courseId);
        if (title == null || title.isBlank()) {
            throw new Refused("editor.refused.title");
        }
        drafts.lock(courseId);
        CourseMeta course = course(courseId);
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
                me());
        List<String> modules = new ArrayList<>(course.modules());
        modules.add(folder);
        writeCourse(courseId, withModules(course, modules));
        return folder;
    }

    @Transactional(readOnly = true)
    public Revised<ModuleMeta> module(String courseId, String folder) {
        requireDrafted(courseId);
        DraftStore.File file = moduleFile(courseId, folder);
        return new Revised<>(
                DraftFormat.readModule(folder, file.content(), course(courseId).defaultLanguage()), file.revision());
    }

    /** Saves a module's titles and descriptions; its lessons and quiz stay as they are now. */
    @Transactional
    public int saveModule(
            String courseId,
            String folder,
            Map<Language, String> title,
            Map<Language, String> description,
            int revision) {
        requireDrafted(courseId);
        ModuleMeta stored = module(courseId, folder).value();
        return put(
                courseId,
                folder + "/" + DraftFormat.MODULE,
                DraftFormat.write(new ModuleMeta(folder, title, description, stored.lessons(), stored.quiz())),
                revision);
    }

    /** Moves a module up (negative) or down (positive) in the course. */
    @Transactional
    public void moveModule(String courseId, String folder, int by) {
        requireDrafted(courseId);
        drafts.lock(courseId);
        CourseMeta course = course(courseId);
        writeCourse(courseId, withModules(course, moved(course.modules(), folder, by)));
    }

    /** Removes a module with its lessons, quiz and files from the draft. */
    @Transactional
    public void removeModule(String courseId, String folder) {
        requireDrafted(courseId);
        drafts.lock(courseId);
        CourseMeta course = course(courseId);
        moduleFile(courseId, folder);
        List<String> modules = new ArrayList<>(course.modules());
        modules.remove(folder);
        writeCourse(courseId, withModules(course, modules));
        drafts.deleteFolder(courseId, folder);
    }

    // ---- lessons

    /** Adds a lesson at the end of a module with its title in one language; returns its name. */
    @Transactional
    public String addLesson(String courseId, String folder, Language language, String title) {
        requireDrafted(courseId);
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
                DraftFormat.write(new LessonContent.LessonText(title.strip(), 10, Map.of(), "")),
                0,
                me());
        List<String> lessons = new ArrayList<>(module.lessons());
        lessons.add(name);
        writeModule(courseId, new ModuleMeta(folder, module.title(), module.description(), lessons, module.quiz()));
        return name;
    }

    @Transactional
    public void moveLesson(String courseId, String folder, String lesson, int by) {
        requireDrafted(courseId);
        drafts.lock(courseId);
        ModuleMeta module = module(courseId, folder).value();
        writeModule(
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
        requireDrafted(courseId);
        drafts.lock(courseId);
        ModuleMeta module = module(courseId, folder).value();
        if (!module.lessons().contains(lesson)) {
            throw new Refused("editor.refused.missing");
        }
        List<String> lessons = new ArrayList<>(module.lessons());
        lessons.remove(lesson);
        writeModule(courseId, new ModuleMeta(folder, module.title(), module.description(), lessons, module.quiz()));
        for (Language language : Language.values()) {
            drafts.delete(courseId, DraftFormat.lessonPath(folder, lesson, language));
        }
    }

    /** A lesson's text in one language; an empty text with revision 0 when it is not written yet. */
    @Transactional(readOnly = true)
    public Revised<LessonContent.LessonText> lesson(String courseId, String folder, String lesson, Language language) {
        requireLesson(courseId, folder, lesson);
        return drafts.file(courseId, DraftFormat.lessonPath(folder, lesson, language))
                .map(file -> new Revised<>(DraftFormat.readLesson(file.content()), file.revision()))
                .orElseGet(() -> new Revised<>(new LessonContent.LessonText("", 10, Map.of(), ""), 0));
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
        requireLesson(courseId, folder, lesson);
        if (text.minutes() < 1 || text.minutes() > 180) {
            throw new Refused("editor.refused.minutes");
        }
        String video = text.media().get("video");
        if (video != null && !video.startsWith("https://") && !video.startsWith("http://")) {
            throw new Refused("editor.refused.video");
        }
        return put(
                courseId,
                DraftFormat.lessonPath(folder, lesson, language),
                DraftFormat.write(text),
                revision,
                bytes -> DraftFormat.readLesson(bytes).markdown());
    }

    /** Removes one language of a lesson (not the course's default language). */
    @Transactional
    public void removeLessonLanguage(String courseId, String folder, String lesson, Language language) {
        requireLesson(courseId, folder, lesson);
        if (course(courseId).defaultLanguage() == language) {
            throw new Refused("editor.refused.default-language");
        }
        drafts.delete(courseId, DraftFormat.lessonPath(folder, lesson, language));
    }

    /**
     * Adds a file to a module's media folder after checking its bytes: slides must be a PDF, a transcript UTF-8
     * text, audio an audio file, an image PNG, JPEG, GIF or WebP, whatever the file's name says.
     *
     * @param kind slides, transcript, audio or image
     * @return the path to write in the lesson (relative to the module), e.g. {@code media/slides.en.pdf}
     * @throws Refused when the file is too large or its bytes are not of the kind
     */
    @Transactional
    public String addMedia(String courseId, String folder, String kind, String fileName, byte[] bytes) {
        requireDrafted(courseId);
        moduleFile(courseId, folder);
        FileType.Kind wanted = switch (kind) {
            case "slides" -> FileType.Kind.PDF;
            case "transcript" -> FileType.Kind.TEXT;
            case "audio" -> FileType.Kind.AUDIO;
            case "image" -> FileType.Kind.IMAGE;
            default -> throw new Refused("editor.refused.media-kind");
        };
        if (bytes.length == 0) {
            throw new Refused("editor.refused.media-empty");
        }
        if (bytes.length > MAX_MEDIA_BYTES) {
            throw new Refused("editor.refused.media-size", MAX_MEDIA_BYTES / (1024 * 1024));
        }
        Optional<FileType> type = FileType.of(bytes);
        if (type.isEmpty() || !wanted.accepts(type.get())) {
            if (FileType.looksLikeSvg(bytes)) {
                throw new Refused("editor.refused.media-svg");
            }
            throw new Refused(
                    switch (kind) {
                        case "slides" -> "editor.refused.media-type.slides";
                        case "transcript" -> "editor.refused.media-type.transcript";
                        case "audio" -> "editor.refused.media-type.audio";
                        default -> "editor.refused.media-type.image";
                    },
                    type.map(t -> t.contentType).orElse("?"));
        }
        String base = mediaName(fileName, type.get());
        String sha = ContentHash.sha256(bytes);
        Set<String> taken = new java.util.HashSet<>();
        for (DraftStore.Entry entry : drafts.entries(courseId)) {
            taken.add(entry.path());
        }
        String path = folder + "/media/" + base;
        int n = 2;
        while (taken.contains(path)) {
            DraftStore.File existing = drafts.file(courseId, path).orElseThrow();
            if (ContentHash.sha256(existing.content()).equals(sha)) {
                return "media/" + path.substring(path.lastIndexOf('/') + 1);
            }
            int dot = base.lastIndexOf('.');
            path = folder + "/media/" + base.substring(0, dot) + "-" + n++ + base.substring(dot);
        }
        drafts.put(courseId, path, bytes, 0, me());
        return "media/" + path.substring(path.lastIndexOf('/') + 1);
    }

    /** The size of every file of the draft: path inside the course folder → bytes. */
    @Transactional(readOnly = true)
    public Map<String, Long> fileSizes(String courseId) {
        requireDrafted(courseId);
        Map<String, Long> sizes = new TreeMap<>();
        drafts.entries(courseId).forEach(entry -> sizes.put(entry.path(), entry.size()));
        return sizes;
    }

    /** A file of the draft for the editor's previews: only images, PDFs, audio and text, judged by their bytes. */
    @Transactional(readOnly = true)
    public Optional<DraftMedia> media(String courseId, String path) {
        requireDrafted(courseId);
        if (path.endsWith(".gift") || path.endsWith(".yaml") || path.endsWith(".md")) {
            return Optional.empty();
        }
        return drafts.file(courseId, path)
                .flatMap(file ->
                        FileType.of(file.content()).map(type -> new DraftMedia(file.content(), type.contentType)));
    }

    // ---- quizzes

    /** A module's quiz as the importer reads it; empty settings when the module has no quiz yet. */
    @Transactional(readOnly = true)
    public Revised<QuizDraft> quiz(String courseId, String folder) {
        requireDrafted(courseId);
        ModuleMeta module = module(courseId, folder).value();
        Language language = course(courseId).defaultLanguage();
        Optional<DraftStore.File> settings =
                module.quiz() == null ? Optional.empty() : drafts.file(courseId, folder + "/" + module.quiz());
        if (settings.isEmpty()) {
            return new Revised<>(
                    new QuizDraft(
                            new QuizContent(70, 0, 0, true, 0, "afterSubmit", true, new EnumMap<>(Language.class)),
                            List.of()),
                    0);
        }
        Map<String, byte[]> files = new TreeMap<>();
        drafts.files(courseId).forEach((path, file) -> {
            if (path.startsWith(folder + "/") && path.indexOf('/', folder.length() + 1) < 0) {
                files.put(path.substring(folder.length() + 1), file.content());
            }
        });
        if (!module.quiz().equals(DraftFormat.QUIZ)) {
            files.put(DraftFormat.QUIZ, settings.get().content());
        }
        DraftFormat.QuizReading reading = DraftFormat.readQuiz(folder, files, language);
        QuizContent quiz = reading.quiz() == null
                ? new QuizContent(70, 0, 0, true, 0, "afterSubmit", true, new EnumMap<>(Language.class))
                : reading.quiz();
        return new Revised<>(
                new QuizDraft(quiz, reading.problems()), settings.get().revision());
    }

    /**
     * Saves a module's quiz: its settings in quiz.yaml and its questions as one GIFT file per language.
     *
     * @throws Conflict when someone else saved this quiz meanwhile
     */
    @Transactional
    public Revised<QuizDraft> saveQuiz(String courseId, String folder, QuizContent quiz, int revision) {
        requireDrafted(courseId);
        drafts.lock(courseId);
        ModuleMeta module = module(courseId, folder).value();
        // The revision the editor read is the one of the file holding the settings now, whatever its name.
        String settings = folder + "/" + (module.quiz() == null ? DraftFormat.QUIZ : module.quiz());
        Set<String> named = giftFilesNamedBy(courseId, folder, settings);
        byte[] written = DraftFormat.writeQuizSettings(quiz);
        put(courseId, settings, written, revision);
        Set<String> giftFiles = new java.util.HashSet<>();
        for (Language language : Language.values()) {
            List<org.passerelle.assessment.GiftQuestion> questions =
                    quiz.questions().get(language);
            String path = DraftFormat.giftPath(folder, language);
            if (questions == null) {
                drafts.delete(courseId, path);
            } else {
                drafts.put(courseId, path, DraftFormat.writeGift(questions), -1, me());
                giftFiles.add(path);
            }
        }
        // GIFT files the previous settings named under other names would stay in the course, named by nothing.
        named.stream().filter(path -> !giftFiles.contains(path)).forEach(path -> drafts.delete(courseId, path));
        if (!DraftFormat.QUIZ.equals(module.quiz())) {
            if (module.quiz() != null) {
                drafts.put(courseId, folder + "/" + DraftFormat.QUIZ, written, -1, me());
                drafts.delete(courseId, settings);
            }
            writeModule(
                    courseId,
                    new ModuleMeta(folder, module.title(), module.description(), module.lessons(), DraftFormat.QUIZ));
        }
        return quiz(courseId, folder);
    }

    /**
     * A module's quiz in one language as GIFT, for authors to keep or edit elsewhere: the draft's GIFT file as it
     * is (comments included, even when it has problems), or, for questions written in quiz.yaml, those questions
     * written as GIFT; empty when the quiz has no questions in that language.
     */
    @Transactional(readOnly = true)
    public String gift(String courseId, String folder, Language language) {
        QuizDraft draft = quiz(courseId, folder).value();
        Optional<DraftStore.File> file = drafts.file(courseId, DraftFormat.giftPath(folder, language));
        if (file.isPresent()) {
            return new String(file.get().content(), StandardCharsets.UTF_8);
        }
        List<org.passerelle.assessment.GiftQuestion> questions =
                draft.quiz().questions().get(language);
        return questions == null ? "" : org.passerelle.assessment.GiftFormat.write(questions);
    }

    /** Removes a module's quiz. */
    @Transactional
    public void removeQuiz(String courseId, String folder) {
        requireDrafted(courseId);
        drafts.lock(courseId);
        ModuleMeta module = module(courseId, folder).value();
        if (module.quiz() == null) {
            return;
        }
        giftFilesNamedBy(courseId, folder, folder + "/" + module.quiz()).forEach(path -> drafts.delete(courseId, path));
        writeModule(courseId, new ModuleMeta(folder, module.title(), module.description(), module.lessons(), null));
        drafts.delete(courseId, folder + "/" + module.quiz());
        for (Language language : Language.values()) {
            drafts.delete(courseId, DraftFormat.giftPath(folder, language));
        }
    }

    // ---- preview, publish, export

    /**
     * The draft read with the importer's rules: the course exactly as it would be published, or every problem
     * that prevents publishing it.
     */
    @Transactional(readOnly = true)
    public CourseReading check(String courseId) {
        requireDrafted(courseId);
        Path root = materialise(courseId);
        try {
            return CourseFiles.read(root.resolve(COURSES), courseId);
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
        requireDrafted(courseId);
        drafts.lock(courseId);
        Path root = materialise(courseId);
        try {
            ImportReport.Outcome outcome = importer.importFrom(root.resolve(COURSES), courseId);
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
        requireDrafted(courseId);
        Map<String, byte[]> files = new TreeMap<>();
        drafts.files(courseId).forEach((path, file) -> files.put(path, file.content()));
        return CourseZip.pack(courseId, files);
    }

    /** Throws the draft away; the published version, if any, stays. */
    @Transactional
    public void discard(String courseId) {
        requireEditor(courseId);
        drafts.discard(courseId);
        if (versions.currentVersionOf(courseId).isEmpty()) {
            // A course that was never published ends with its draft: nobody authors it any more.
            authors.removeAll(courseId);
        }
    }

    // ---- authors

    @Transactional(readOnly = true)
    public List<Author> authors(String courseId) {
        requireEditor(courseId);
        return authors.authors(courseId);
    }

    /**
     * Makes an instructor (or administrator) an owner or co-author of a course.
     *
     * @throws Refused when nobody has that username or email, or the account may not author courses
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Author addAuthor(String courseId, String usernameOrEmail, AuthorRole role) {
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
        return new Author(user.id(), user.username(), role);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void removeAuthor(String courseId, long userId) {
        authors.remove(courseId, userId);
    }

    // ---- inside

    private Outline outlineOf(String courseId) {
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
                                org.passerelle.assessment.GiftFormat.read(
                                                gift.path(), new String(gift.content(), StandardCharsets.UTF_8))
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

    private static Map<String, String> hashes(Map<String, DraftStore.File> files) {
        Map<String, String> hashes = new TreeMap<>();
        files.forEach((path, file) -> hashes.put(path, ContentHash.sha256(file.content())));
        return hashes;
    }

    /** The bytes a learner may fetch for one lesson text: its files and the images in its text. */
    private static long mediaBytes(Map<String, DraftStore.File> files, String folder, LessonContent.LessonText text) {
        Set<String> paths = new java.util.TreeSet<>();
        text.media().forEach((kind, reference) -> {
            if (!kind.equals("video")) {
                paths.add(MediaAddresses.inCourse(folder, reference));
            }
        });
        for (SafeMarkdown.Reference reference : SafeMarkdown.relativeReferences(text.markdown())) {
            paths.add(MediaAddresses.inCourse(folder, reference.path()));
        }
        return paths.stream()
                .map(files::get)
                .filter(java.util.Objects::nonNull)
                .mapToLong(file -> file.content().length)
                .sum();
    }

    private void ensureDraft(String courseId) {
        if (drafts.draft(courseId).isPresent()) {
            return;
        }
        CourseVersion current =
                versions.currentVersionOf(courseId).orElseThrow(() -> new Refused("editor.refused.missing"));
        if (current.sources().isEmpty()) {
            throw new Refused("editor.refused.no-sources");
        }
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, byte[]> bytes = blobs.findAllById(current.sources().values()).stream()
                .collect(Collectors.toMap(MediaBlob::getId, MediaBlob::bytes, (a, b) -> a));
        current.sources().forEach((path, sha) -> files.put(path, bytes.get(sha)));
        drafts.create(courseId, current.id(), SignedInUser.requireId(), me(), files);
    }

    private int put(String courseId, String path, byte[] content, int revision) {
        return put(courseId, path, content, revision, bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    /** Saves a file at a revision, or refuses with {@link Conflict}, showing their file as {@code shown} reads it. */
    private int put(
            String courseId,
            String path,
            byte[] content,
            int revision,
            java.util.function.Function<byte[], String> shown) {
        Optional<Integer> saved = drafts.put(courseId, path, content, revision, me());
        if (saved.isPresent()) {
            return saved.get();
        }
        Optional<DraftStore.File> theirs = drafts.file(courseId, path);
        throw new Conflict(
                theirs.map(DraftStore.File::updatedBy).orElse(""),
                theirs.map(DraftStore.File::updatedAt).orElse(null),
                theirs.map(DraftStore.File::revision).orElse(0),
                theirs.map(f -> shown.apply(f.content())).orElse(""));
    }

    /** The draft paths of the GIFT files a quiz's settings file names (none when it has none or is missing). */
    private Set<String> giftFilesNamedBy(String courseId, String folder, String settings) {
        return drafts.file(courseId, settings)
                .map(file -> DraftFormat.giftFiles(file.content()).stream()
                        .filter(name -> !name.startsWith("/") && !name.contains("\\") && !name.contains(".."))
                        .map(name -> folder + "/" + name)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    private CourseMeta course(String courseId) {
        return DraftFormat.readCourse(
                courseId,
                drafts.file(courseId, DraftFormat.COURSE).orElseThrow().content());
    }

    private void writeCourse(String courseId, CourseMeta meta) {
        drafts.put(courseId, DraftFormat.COURSE, DraftFormat.write(meta), -1, me());
    }

    private void writeModule(String courseId, ModuleMeta module) {
        drafts.put(courseId, module.folder() + "/" + DraftFormat.MODULE, DraftFormat.write(module), -1, me());
    }

    private DraftStore.File moduleFile(String courseId, String folder) {
        if (folder == null
                || !CourseFiles.NAME.matcher(folder).matches()
                || !course(courseId).modules().contains(folder)) {
            throw new Refused("editor.refused.missing");
        }
        return drafts.file(courseId, folder + "/" + DraftFormat.MODULE)
                .orElseThrow(() -> new Refused("editor.refused.missing"));
    }

    private void requireLesson(String courseId, String folder, String lesson) {
        requireDrafted(courseId);
        if (!module(courseId, folder).value().lessons().contains(lesson)) {
            throw new Refused("editor.refused.missing");
        }
    }

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

    private static String mediaName(String fileName, FileType type) {
        String name = fileName == null ? "" : fileName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        String stem = slug(dot > 0 ? name.substring(0, dot) : name, "file");
        String extension = switch (type) {
            case PNG -> "png";
            case JPEG -> "jpg";
            case GIF -> "gif";
            case WEBP -> "webp";
            case PDF -> "pdf";
            case MP3 -> "mp3";
            case OGG -> "ogg";
            case WAV -> "wav";
            case M4A -> "m4a";
            case WEBM -> "webm";
            case FLAC -> "flac";
            case TEXT -> "txt";
        };
        return stem + "." + extension;
    }

    /**
     * Writes the draft's files into a new temporary folder, {@code <temp>/courses/<courseId>/...}, so that problems
     * name their files as for a folder in {@code courses/} (e.g. {@code courses/<id>/course.yaml}), not the
     * temporary folder's random name.
     */
    private Path materialise(String courseId) {
        try {
            Path root = Files.createTempDirectory("passerelle-draft");
            Path folder = Files.createDirectories(root.resolve(COURSES).resolve(courseId))
                    .normalize();
            for (DraftStore.File file : drafts.files(courseId).values()) {
                Path target = folder.resolve(file.path()).normalize();
                if (!target.startsWith(folder)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.write(target, file.content());
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireDrafted(String courseId) {
        requireEditor(courseId);
        if (drafts.draft(courseId).isEmpty()) {
            throw new Refused("editor.refused.no-draft");
        }
    }

    /** Administrators, owners and co-authors; everyone else is told the course does not exist. */
    private void requireEditor(String courseId) {
        if (admin()) {
            return;
        }
        long me = SignedInUser.requireId();
        if (courseId == null || authors.roleOf(courseId, me).isEmpty()) {
            throw new AccessDeniedException("not an author of " + courseId);
        }
    }

    private static boolean admin() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
    }

    private static String me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "" : authentication.getName();
    }

    private static String titleIn(Map<Language, String> titles, Language reader) {
        return Optional.ofNullable(titles.get(reader))
                .or(() -> titles.values().stream().findFirst())
                .orElse("");
    }
}
