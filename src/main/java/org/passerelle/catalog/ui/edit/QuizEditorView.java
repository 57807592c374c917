package org.passerelle.catalog.ui.edit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.passerelle.assessment.GiftQuestion;
import org.passerelle.assessment.QuestionType;
import org.passerelle.catalog.CourseDrafts;
import org.passerelle.catalog.CourseMeta;
import org.passerelle.catalog.DraftModules;
import org.passerelle.catalog.DraftQuizzes;
import org.passerelle.catalog.ModuleMeta;
import org.passerelle.catalog.QuizDraft;
import org.passerelle.catalog.Refused;
import org.passerelle.catalog.Revised;
import org.passerelle.shared.Language;
import org.passerelle.shared.ui.Confirm;
import org.passerelle.shared.ui.UiLanguage;
import org.springframework.security.access.AccessDeniedException;

/**
 * A module's quiz in the course editor: settings, the questions in each of the course's languages (one edited at a
 * time beside the list), GIFT import and export per language, and saving with the draft's conflict rule. After a
 * save it lists what the importer would still refuse when publishing.
 */
@Route("author/:courseId/quiz/:module")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class QuizEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseDrafts drafts;
    private final DraftModules modules;
    private final DraftQuizzes quizzes;
    private String courseId;
    private String module;
    private String title = "";
    private QuizQuestions quiz;
    private volatile Language language;
    private String selected;
    private QuizSettingsForm settings;
    private Select<Language> languages;
    private QuestionList list;
    private QuestionForm form;
    private QuizSaving saving;

    public QuizEditorView(CourseDrafts drafts, DraftModules modules, DraftQuizzes quizzes) {
        this.drafts = drafts;
        this.modules = modules;
        this.quizzes = quizzes;
        addClassName("page");
        setId(EditorIds.QUIZ_EDITOR);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().get("courseId").orElse("");
        module = event.getRouteParameters().get("module").orElse("");
        Revised<QuizDraft> loaded;
        CourseMeta course;
        ModuleMeta moduleMeta;
        try {
            loaded = quizzes.read(courseId, module);
            course = drafts.meta(courseId).value();
            moduleMeta = modules.read(courseId, module).value();
        } catch (Refused e) {
            if ("editor.refused.no-draft".equals(e.key())) {
                event.forwardTo(CourseEditorView.class, EditorLinks.ofCourse(courseId)); // the editor starts the draft
            } else {
                event.rerouteToError(NotFoundException.class);
            }
            return;
        } catch (AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Language reader = UiLanguage.current(UI.getCurrent());
        String moduleTitle = moduleMeta
                .title()
                .getOrDefault(reader, moduleMeta.title().getOrDefault(course.defaultLanguage(), module));
        title = getTranslation("editor.quiz.title", moduleTitle);
        quiz = QuizQuestions.of(loaded.value().quiz().questions(), course.defaultLanguage());
        language = course.defaultLanguage();
        selected = quiz.ids().isEmpty() ? null : quiz.ids().getFirst();
        build(course, loaded);
    }

    private void build(CourseMeta course, Revised<QuizDraft> loaded) {
        removeAll();
        Anchor back = new Anchor(EditorLinks.course(courseId), getTranslation("editor.quiz.back"));
        back.getElement().setAttribute("router-link", true);
        back.setId("quiz-back");
        settings = new QuizSettingsForm(() -> quiz.ids().size());
        settings.show(loaded.value().quiz());

        languages = new Select<>();
        languages.setLabel(getTranslation("editor.quiz.language"));
        languages.setItems(course.languages());
        languages.setItemLabelGenerator(Language::nativeName);
        languages.setValue(language);
        languages.setId(EditorIds.QUIZ_LANGUAGE);
        languages.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                language = change.getValue();
                refresh(null);
            }
        });

        list = new QuestionList(this::open, this::move, this::askRemove, this::addQuestion);
        form = new QuestionForm(id -> {
            selected = id;
            list.show(quiz, language, selected, null);
        });
        Div questions = new Div(list, form);
        questions.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "1rem 2rem");

        GiftImportPanel importer = new GiftImportPanel(() -> language, this::askReplace);
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(request -> {
                    Language chosen = language;
                    byte[] gift = quizzes.gift(courseId, module, chosen).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(gift),
                            module + "." + chosen.code() + ".gift",
                            "text/plain;charset=UTF-8",
                            gift.length);
                }),
                getTranslation("editor.quiz.gift-export"));
        export.setId(EditorIds.QUIZ_GIFT_EXPORT);
        export.getElement().setAttribute("download", true);

        saving = new QuizSaving(quizzes, courseId, module, loaded.revision(), this::showProblem);
        saving.shown(loaded.value().problems());
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId(EditorIds.QUIZ_SAVE);

        add(
                back,
                new H1(title),
                new H2(getTranslation("editor.quiz.settings")),
                settings,
                new H2(getTranslation("editor.quiz.questions")),
                languages,
                questions,
                new H2(getTranslation("editor.quiz.gift")),
                importer,
                export,
                save,
                saving);
        refresh(null);
    }

    private void refresh(String focus) {
        if (selected != null && !quiz.ids().contains(selected)) {
            selected = null;
        }
        list.show(quiz, language, selected, focus);
        form.show(quiz, selected, language);
    }

    private void open(String id) {
        selected = id;
        refresh(null);
    }

    private void move(String id, int by) {
        quiz.move(id, by);
        refresh("question-" + (by < 0 ? "up-" : "down-") + quiz.ids().indexOf(id));
    }

    private void addQuestion() {
        selected = quiz.add(language, QuestionType.SINGLE_CHOICE);
        refresh(null);
    }

    private void askRemove(String id) {
        Confirm.ask(
                getTranslation("editor.quiz.remove-title", id),
                getTranslation("editor.quiz.remove-text", id),
                getTranslation("editor.quiz.confirm"),
                true,
                () -> {
                    quiz.remove(id);
                    refresh(null);
                });
    }

    private void askReplace(List<GiftQuestion> imported) {
        Language into = language;
        Runnable replace = () -> {
            quiz.replace(into, imported);
            selected = imported.getFirst().title();
            refresh(null);
            saving.imported(imported.size(), into);
        };
        if (quiz.count(into) == 0) {
            replace.run();
            return;
        }
        Confirm.ask(
                getTranslation("editor.quiz.replace-title", into.nativeName()),
                getTranslation("editor.quiz.replace-text", quiz.count(into), into.nativeName(), imported.size()),
                getTranslation("editor.quiz.confirm"),
                false,
                replace);
    }

    private void save() {
        Optional<QuizSettingsForm.Settings> read = settings.read();
        QuizQuestions.Checked checked = quiz.check();
        if (read.isEmpty() || !checked.problems().isEmpty()) {
            saving.refused(checked.problems());
            return;
        }
        saving.save(read.get().quiz(checked.questions()));
    }

    /** Opens a question in a language, to show where a problem is. */
    private void showProblem(QuizQuestions.Located problem) {
        language = problem.language();
        selected = problem.id();
        languages.setValue(language);
        refresh(null);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
