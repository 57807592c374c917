package org.passerelle.learning.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Entities;
import org.passerelle.assessment.QuestionType;
import org.passerelle.assessment.Response;
import org.passerelle.learning.AttemptPage;
import org.passerelle.learning.AttemptResult;
import org.passerelle.shared.Language;
import org.passerelle.shared.ui.WrittenIn;

/** A graded attempt: the score, passed or not, and question by question what the quiz allows to show. */
final class ResultPanel {

    private ResultPanel() {}

    static void show(QuizView view, AttemptResult result, String courseId, String module) {
        Div summary = new Div();
        summary.setId(LearningIds.QUIZ_RESULT);
        summary.addClassName(result.passed() ? "success-note" : "fallback-note");
        summary.getElement().setAttribute("role", "status");
        summary.add(new Paragraph(
                view.getTranslation("quiz.result.score", Progress.percent(result.score()), result.passingScore())));
        summary.add(new Paragraph(view.getTranslation(result.passed() ? "quiz.result.passed" : "quiz.result.failed")));
        if (result.courseCompleted()) {
            Paragraph completed = new Paragraph(view.getTranslation("quiz.course-completed"));
            completed.setId("course-completed-note");
            summary.add(completed);
        }
        view.add(summary);

        OrderedList questions = new OrderedList();
        questions.setId("result-questions");
        for (AttemptResult.Question question : result.questions()) {
            questions.add(question(view, question, result.shownIn()));
        }
        view.add(questions);
        if (!result.showCorrect()) {
            view.add(new Paragraph(view.getTranslation("quiz.result.hidden")));
        }

        Div actions = new Div();
        actions.addClassName("step-nav");
        if (result.mayRetry()) {
            NativeButton retry = new NativeButton(view.getTranslation("quiz.retry"), click -> view.retry());
            retry.setId(LearningIds.RETRY_QUIZ);
            retry.addClassName("primary-action");
            actions.add(retry);
        }
        if (result.attemptsLeft().isPresent() && result.attemptsLeft().getAsInt() > 0) {
            actions.add(new Paragraph(view.getTranslation(
                    "quiz.attempts-left", result.attemptsLeft().getAsInt())));
        }
        Anchor back = new Anchor(CourseLinks.course(courseId), view.getTranslation("lesson.back"));
        back.getElement().setAttribute("router-link", true);
        back.setId("back-to-course");
        if (result.passed()) {
            back.addClassName("primary-action");
        }
        actions.add(back);
        view.add(actions);
    }

    private static ListItem question(QuizView view, AttemptResult.Question question, Language language) {
        AttemptPage.Question asked = question.question();
        ListItem item = new ListItem();
        item.addClassName("result-question");
        Div text = new Div();
        text.getElement()
                .setProperty(
                        "innerHTML",
                        asked.htmlAfter() == null ? asked.html() : asked.html() + " _____ " + asked.htmlAfter());
        WrittenIn.language(text, language);
        item.add(text);
        String verdict = question.given().blank()
                ? "quiz.result.unanswered"
                : question.right()
                        ? "quiz.result.right"
                        : question.fraction().compareTo(BigDecimal.ZERO) > 0
                                ? "quiz.result.partly"
                                : "quiz.result.wrong";
        Paragraph mark = new Paragraph(view.getTranslation(verdict));
        mark.addClassName(question.right() ? "mark-right" : "mark-wrong");
        item.add(mark);
        if (!question.given().blank()) {
            item.add(html(
                    view.getTranslation("quiz.result.yours", "{0}"),
                    describe(view, asked, question.given()),
                    language));
        }
        for (String feedback : question.feedback()) {
            Div note = new Div();
            note.getElement().setProperty("innerHTML", feedback);
            note.addClassName("feedback");
            WrittenIn.language(note, language);
            item.add(note);
        }
        if (question.correct() != null && !question.right()) {
            item.add(html(
                    view.getTranslation("quiz.result.correct", "{0}"),
                    describe(view, asked, question.correct()),
                    language));
        }
        if (question.generalFeedback() != null) {
            Div general = new Div();
            general.getElement().setProperty("innerHTML", question.generalFeedback());
            general.addClassName("feedback");
            WrittenIn.language(general, language);
            item.add(general);
        }
        return item;
    }

    /** A translated sentence around an answer already made safe. */
    private static Paragraph html(String sentence, String safeAnswer, Language language) {
        Paragraph paragraph = new Paragraph();
        String answer =
                "<span lang=\"" + language.code() + "\" dir=\"" + language.direction() + "\">" + safeAnswer + "</span>";
        paragraph
                .getElement()
                .setProperty("innerHTML", Entities.escape(sentence).replace("{0}", answer));
        return paragraph;
    }

    private static String describe(QuizView view, AttemptPage.Question asked, Response response) {
        QuestionType type = asked.type();
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> String.join("; ", option(asked, response.choices()));
            case TRUE_FALSE ->
                Entities.escape(view.getTranslation(response.truth().orElse(false) ? "quiz.true" : "quiz.false"));
            case SHORT_ANSWER, NUMERIC -> Entities.escape(response.value());
            case MATCHING -> {
                List<String> pairs = new ArrayList<>();
                for (Map.Entry<Integer, Integer> match : response.matches().entrySet()) {
                    if (match.getKey() < asked.lefts().size()) {
                        pairs.add(asked.lefts().get(match.getKey()) + " → "
                                + String.join("", option(asked, Set.of(match.getValue()))));
                    }
                }
                yield String.join("; ", pairs);
            }
        };
    }

    private static List<String> option(AttemptPage.Question asked, Set<Integer> indexes) {
        return asked.options().stream()
                .filter(option -> indexes.contains(option.index()))
                .map(AttemptPage.Option::html)
                .toList();
    }
}
