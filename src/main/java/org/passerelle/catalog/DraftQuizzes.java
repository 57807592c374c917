package org.passerelle.catalog;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.passerelle.assessment.GiftFormat;
import org.passerelle.assessment.GiftQuestion;
import org.passerelle.shared.Language;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quizzes of a course's draft: a module's quiz settings in quiz.yaml and its questions as one GIFT file per
 * language, read with the importer's rules. A quiz is saved whole, naming the revision it was read at, and a save
 * made after someone else's is refused ({@link Conflict}). Owners, co-authors and administrators only.
 */
@Service
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
public class DraftQuizzes {

    private final DraftStore drafts;
    private final DraftAccess access;

    DraftQuizzes(DraftStore drafts, DraftAccess access) {
        this.drafts = drafts;
        this.access = access;
    }

    /** A module's quiz as the importer reads it; empty settings when the module has no quiz yet. */
    @Transactional(readOnly = true)
    public Revised<QuizDraft> read(String courseId, String folder) {
        access.requireDrafted(courseId);
        ModuleMeta module = access.module(courseId, folder).value();
        Language language = access.course(courseId).defaultLanguage();
        Optional<DraftStore.File> settings =
                module.quiz() == null ? Optional.empty() : drafts.file(courseId, folder + "/" + module.quiz());
        if (settings.isEmpty()) {
            return new Revised<>(new QuizDraft(QuizContent.started(), List.of()), Revised.NEW_FILE);
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
        QuizContent quiz = reading.quiz() == null ? QuizContent.started() : reading.quiz();
        return new Revised<>(
                new QuizDraft(quiz, reading.problems()), settings.get().revision());
    }

    /**
     * Saves a module's quiz: its settings in quiz.yaml and its questions as one GIFT file per language.
     *
     * @throws Conflict when someone else saved this quiz meanwhile
     */
    @Transactional
    public Revised<QuizDraft> save(String courseId, String folder, QuizContent quiz, int revision) {
        access.requireDrafted(courseId);
        drafts.lock(courseId);
        ModuleMeta module = access.module(courseId, folder).value();
        // The revision the editor read is the one of the file holding the settings now, whatever its name.
        String settings = folder + "/" + (module.quiz() == null ? DraftFormat.QUIZ : module.quiz());
        Set<String> named = giftFilesNamedBy(courseId, folder, settings);
        byte[] written = DraftFormat.writeQuizSettings(quiz);
        access.put(courseId, settings, written, revision);
        Set<String> giftFiles = new HashSet<>();
        for (Language language : Language.values()) {
            List<GiftQuestion> questions = quiz.questions().get(language);
            String path = DraftFormat.giftPath(folder, language);
            if (questions == null) {
                drafts.delete(courseId, path);
            } else {
                drafts.overwrite(courseId, path, DraftFormat.writeGift(questions), DraftAccess.me());
                giftFiles.add(path);
            }
        }
        // GIFT files the previous settings named under other names would stay in the course, named by nothing.
        // Only files the editor could read (beside quiz.yaml) are replaced; others stay untouched.
        named.stream()
                .filter(path -> !giftFiles.contains(path) && path.indexOf('/', folder.length() + 1) < 0)
                .forEach(path -> drafts.delete(courseId, path));
        if (!DraftFormat.QUIZ.equals(module.quiz())) {
            if (module.quiz() != null) {
                drafts.overwrite(courseId, folder + "/" + DraftFormat.QUIZ, written, DraftAccess.me());
                drafts.delete(courseId, settings);
            }
            access.writeModule(courseId, module.withQuiz(DraftFormat.QUIZ));
        }
        return read(courseId, folder);
    }

    /**
     * A module's quiz in one language as GIFT, for authors to keep or edit elsewhere: the draft's GIFT file as it
     * is (comments included, even when it has problems), or, for questions written in quiz.yaml, those questions
     * written as GIFT; empty when the quiz has no questions in that language.
     */
    @Transactional(readOnly = true)
    public String gift(String courseId, String folder, Language language) {
        QuizDraft draft = read(courseId, folder).value();
        Optional<DraftStore.File> file = drafts.file(courseId, DraftFormat.giftPath(folder, language));
        if (file.isPresent()) {
            return new String(file.get().content(), StandardCharsets.UTF_8);
        }
        List<GiftQuestion> questions = draft.quiz().questions().get(language);
        return questions == null ? "" : GiftFormat.write(questions);
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
}
