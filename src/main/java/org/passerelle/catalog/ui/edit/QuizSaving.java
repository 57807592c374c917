package org.passerelle.catalog.ui.edit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;
import org.passerelle.catalog.Conflict;
import org.passerelle.catalog.DraftQuizzes;
import org.passerelle.catalog.QuizContent;
import org.passerelle.catalog.QuizDraft;
import org.passerelle.catalog.Refused;
import org.passerelle.catalog.Revised;
import org.passerelle.shared.FileProblem;
import org.passerelle.shared.Language;
import org.passerelle.shared.ui.Note;

/**
 * Saves the quiz and says how it went: saved (and what the importer would still refuse when publishing), refused
 * with each problem a link to its question, or changed meanwhile by someone else — then the author's quiz stays in
 * the form and saving again replaces theirs, deliberately.
 */
class QuizSaving extends Div {

    private final DraftQuizzes quizzes;
    private final String courseId;
    private final String module;
    private final Consumer<QuizQuestions.Located> open;
    private final Note status = new Note(EditorIds.QUIZ_STATUS);
    private final UnorderedList problems = new UnorderedList();
    private int revision;

    QuizSaving(
            DraftQuizzes quizzes, String courseId, String module, int revision, Consumer<QuizQuestions.Located> open) {
        this.quizzes = quizzes;
        this.courseId = courseId;
        this.module = module;
        this.revision = revision;
        this.open = open;
        problems.setId("quiz-problems");
        problems.setVisible(false);
        add(status, problems);
    }

    void save(QuizContent quiz) {
        try {
            Revised<QuizDraft> saved = quizzes.save(courseId, module, quiz, revision);
            revision = saved.revision();
            if (saved.value().problems().isEmpty()) {
                status.saySuccess(getTranslation("editor.quiz.saved"));
                problems.removeAll();
                problems.setVisible(false);
            } else {
                status.saySuccess(getTranslation("editor.quiz.saved-with-problems"));
                fileProblems(saved.value().problems());
            }
        } catch (Conflict conflict) {
            revision = conflict.revision();
            status.sayError(getTranslation("editor.quiz.conflict", conflict.by(), time(conflict.at())));
            problems.setVisible(false);
        } catch (Refused refused) {
            status.sayError(getTranslation(refused.key(), refused.arguments()));
            problems.setVisible(false);
        }
    }

    /** The problems the importer finds in the quiz as it was last saved, shown when the editor opens. */
    void shown(List<FileProblem> found) {
        if (!found.isEmpty()) {
            status.sayError(getTranslation("editor.quiz.loaded-with-problems"));
            fileProblems(found);
        }
    }

    void refused(List<QuizQuestions.Located> found) {
        status.sayError(getTranslation(found.isEmpty() ? "editor.not-saved.marked" : "editor.quiz.not-saved"));
        problems.removeAll();
        problems.removeClassName("import-problems");
        for (QuizQuestions.Located problem : found) {
            String message = getTranslation(
                    problem.problem().key(), problem.problem().arguments().toArray());
            Button link = new Button(
                    getTranslation("editor.quiz.problem-at", problem.language().nativeName(), problem.id(), message),
                    click -> open.accept(problem));
            link.addThemeVariants(ButtonVariant.TERTIARY);
            link.getStyle()
                    .set("white-space", "normal")
                    .set("text-align", "start")
                    .set("height", "auto");
            problems.add(new ListItem(link));
        }
        problems.setVisible(!found.isEmpty());
    }

    void imported(int count, Language language) {
        status.saySuccess(getTranslation("editor.quiz.imported", count, language.nativeName()));
        problems.setVisible(false);
    }

    private void fileProblems(List<FileProblem> found) {
        problems.removeAll();
        problems.addClassName("import-problems");
        found.forEach(problem -> problems.add(new ListItem(problem.toString())));
        problems.setVisible(true);
    }

    private static String time(Instant at) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(UI.getCurrent().getLocale())
                        .format(at.atZone(ZoneOffset.UTC))
                + " UTC";
    }
}
