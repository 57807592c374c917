package org.passerelle.learning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;
import org.passerelle.assessment.Response;
import org.passerelle.learning.AttemptClosed;
import org.passerelle.learning.AttemptPage;
import org.passerelle.learning.AttemptResult;
import org.passerelle.learning.NoAttemptLeft;
import org.passerelle.learning.QuizOverview;
import org.passerelle.learning.QuizService;
import org.passerelle.shared.Language;
import org.passerelle.shared.ui.UiLanguage;

/**
 * A module's quiz: its rules and past attempts, the attempt in progress (each answer saved as it is given),
 * and the graded result. The page holds no right answer or feedback until the server has graded.
 */
@Route("course/:courseId/quiz/:module")
@RolesAllowed("LEARNER")
public class QuizView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final QuizService quizzes;
    private String courseId;
    private String module;
    private Language reader;
    private String title = "";
    private final Map<String, Response> answers = new HashMap<>();

    public QuizView(QuizService quizzes) {
        this.quizzes = quizzes;
        addClassName("page");
        addClassName("quiz");
        setId(LearningIds.QUIZ);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().get("courseId").orElse("");
        module = event.getRouteParameters().get("module").orElse("");
        reader = UiLanguage.current(UI.getCurrent());
        QuizOverview overview = quizzes.overview(courseId, module, reader).orElse(null);
        if (overview == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = getTranslation("quiz.title", overview.title());
        if (overview.openAttempt() != null) {
            showAttempt(quizzes.resume(overview.openAttempt(), reader));
        } else {
            showOverview(overview);
        }
    }

    private void showOverview(QuizOverview overview) {
        removeAll();
        add(heading(overview.title(), overview.shownIn()));
        UnorderedList rules = QuizBody.rules(this, overview);
        add(rules, new Paragraph(getTranslation("quiz.saved-note")));
        if (!overview.attempts().isEmpty()) {
            UnorderedList past = new UnorderedList();
            past.setId(LearningIds.PAST_ATTEMPTS);
            for (QuizOverview.Past attempt : overview.attempts()) {
                NativeButton see = new NativeButton(
                        getTranslation("quiz.see-result"), click -> showResult(quizzes.result(attempt.id(), reader)));
                past.add(new ListItem(
                        new Span(getTranslation(
                                        "quiz.past.item",
                                        attempt.number(),
                                        Progress.percent(attempt.score()),
                                        getTranslation(attempt.passed() ? "quiz.passed" : "quiz.failed"))
                                + " "),
                        see));
            }
            add(new H2(getTranslation("quiz.past")), past);
        }
        // Once passed, another attempt is allowed but not invited: going back to the course is the filled button.
        if (overview.canStart()) {
            NativeButton start = new NativeButton(getTranslation("quiz.start"), click -> start());
            start.setId(LearningIds.START_QUIZ);
            if (!overview.passed()) {
                start.addClassName("primary-action");
            }
            add(start);
        } else {
            add(new Paragraph(getTranslation("quiz.no-attempts")));
        }
        Anchor back = backToCourse();
        if (overview.passed() || !overview.canStart()) {
            back.addClassName("primary-action");
        }
        add(back);
    }

    private void start() {
        try {
            showAttempt(quizzes.start(courseId, module, reader));
        } catch (NoAttemptLeft e) {
            quizzes.overview(courseId, module, reader).ifPresent(this::showOverview);
        }
    }

    private void showAttempt(AttemptPage page) {
        removeAll();
        answers.clear();
        answers.putAll(page.saved());
        add(heading(page.title(), page.shownIn()));
        Paragraph about = new Paragraph(
                getTranslation("quiz.attempt", page.number()) + " · " + getTranslation("quiz.saved-note"));
        add(about);
        if (page.deadline() != null) {
            String utc = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                            .withLocale(getLocale())
                            .format(page.deadline().atZone(ZoneOffset.UTC))
                    + " UTC";
            Paragraph deadline = new Paragraph(getTranslation("quiz.deadline", utc));
            // The learner's own clock time, written by the browser that knows its time zone; UTC until then.
            deadline.getElement()
                    .executeJs(
                            "const t = new Date($0).toLocaleTimeString($1, {hour: '2-digit', minute: '2-digit'});"
                                    + "this.textContent = this.textContent.replace($2, t);",
                            page.deadline().toEpochMilli(),
                            getLocale().toLanguageTag(),
                            utc);
            deadline.setId(LearningIds.QUIZ_DEADLINE);
            add(deadline);
        }
        Div form = QuizBody.questions(
                this, page, (question, response, field) -> save(page.attemptId(), question, response, field));
        add(form);
        Div confirm = new Div();
        confirm.setId("submit-area");
        NativeButton submit = new NativeButton(getTranslation("quiz.submit"));
        submit.setId(LearningIds.SUBMIT_QUIZ);
        submit.addClassName("primary-action");
        submit.addClickListener(click -> confirm(page, confirm, submit));
        confirm.add(submit);
        add(confirm);
    }

    private void save(long attemptId, String questionId, Response response, QuestionField field) {
        try {
            quizzes.save(attemptId, questionId, response);
            answers.put(questionId, response);
            field.saved(getTranslation("quiz.saved"));
        } catch (AttemptClosed e) {
            closed(attemptId);
        } catch (RuntimeException e) {
            // The question says it is not saved; the page's banner says why (FriendlyErrors).
            field.notSaved(getTranslation("quiz.not-saved"));
            throw e;
        }
    }

    /** Asks once before grading, saying how many questions have no answer yet. */
    private void confirm(AttemptPage page, Div area, NativeButton submit) {
        long unanswered = page.questions().stream()
                .filter(q -> answers.getOrDefault(q.id(), new Response("")).blank())
                .count();
        submit.setVisible(false);
        Paragraph question = new Paragraph(
                unanswered == 0
                        ? getTranslation("quiz.confirm-all")
                        : getTranslation(
                                "quiz.confirm", unanswered, page.questions().size()));
        question.setId("submit-question");
        NativeButton yes = new NativeButton(getTranslation("quiz.confirm.yes"));
        yes.setId(LearningIds.CONFIRM_SUBMIT);
        yes.addClassName("primary-action");
        NativeButton no = new NativeButton(getTranslation("quiz.confirm.no"));
        Div box = new Div(question, yes, no);
        box.addClassName("confirm-box");
        box.getElement().setAttribute("role", "alertdialog");
        box.getElement().setAttribute("aria-labelledby", "submit-question");
        yes.addClickListener(click -> {
            yes.setEnabled(false);
            showResult(quizzes.submit(page.attemptId(), reader));
        });
        no.addClickListener(click -> {
            area.remove(box);
            submit.setVisible(true);
            submit.focus();
        });
        area.add(box);
        yes.focus();
    }

    private void closed(long attemptId) {
        AttemptResult result = quizzes.result(attemptId, reader);
        removeAll();
        add(heading(result.title(), result.shownIn()));
        Paragraph note = new Paragraph(getTranslation("quiz.closed"));
        note.addClassName("fallback-note");
        add(note);
        ResultPanel.show(this, result, courseId);
        focusSummary();
    }

    private void showResult(AttemptResult result) {
        removeAll();
        add(heading(result.title(), result.shownIn()));
        ResultPanel.show(this, result, courseId);
        focusSummary();
    }

    /**
     * Puts the focus on the result's summary, at the top of the page, so that a keyboard or screen-reader user goes
     * on from there instead of from a button that is gone.
     */
    private void focusSummary() {
        UI.getCurrent()
                .getPage()
                .executeJs(
                        "document.getElementById($0).focus({preventScroll: true}); window.scrollTo(0, 0)",
                        LearningIds.QUIZ_RESULT_HEADING);
    }

    private H1 heading(String quizTitle, Language language) {
        return QuizBody.heading(this, quizTitle, language);
    }

    private Anchor backToCourse() {
        Anchor back = new Anchor(CourseLinks.course(courseId), getTranslation("lesson.back"));
        back.getElement().setAttribute("router-link", true);
        back.setId("back-to-course");
        return back;
    }

    /** Starts a new attempt from a result page. */
    void retry() {
        start();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
