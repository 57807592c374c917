package org.passerelle.learning.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.dom.Element;
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

/**
 * A graded attempt: first a summary (passed or not, the score against the pass mark, the attempts left and the one
 * primary action), which takes the focus so that keyboard and screen-reader users land on it; then, question by
 * question, what the quiz allows to show.
 */
final class ResultPanel {

    private ResultPanel() {}

    static void show(QuizView view, AttemptResult result, String courseId) {
        view.add(summary(view, result, courseId));

        view.add(new H2(view.getTranslation("quiz.result.review")));
        if (!result.showCorrect()) {
            view.add(new Paragraph(view.getTranslation("quiz.result.hidden")));
        }
        OrderedList questions = new OrderedList();
        questions.setId(LearningIds.QUIZ_REVIEW);
        questions.addClassName("result-questions");
        int number = 1;
        for (AttemptResult.Question question : result.questions()) {
            questions.add(question(view, number++, question, result.shownIn()));
        }
        view.add(questions);
    }

    private static Section summary(QuizView view, AttemptResult result, String courseId) {
        Section summary = new Section();
        summary.setId(LearningIds.QUIZ_RESULT);
        summary.addClassName("result-summary");
        summary.addClassName(result.passed() ? "result-passed" : "result-failed");
        H2 verdict = new H2(view.getTranslation(result.passed() ? "quiz.result.passed" : "quiz.result.failed"));
        verdict.setId(LearningIds.QUIZ_RESULT_HEADING);
        verdict.addClassName("result-verdict");
        // Focusable by the page only, so that focus can be put there and read out, without adding a tab stop.
        verdict.getElement().setAttribute("tabindex", "-1");
        summary.getElement().setAttribute("aria-labelledby", LearningIds.QUIZ_RESULT_HEADING);
        summary.add(verdict);
        Paragraph score = new Paragraph(
                view.getTranslation("quiz.result.score", Progress.percent(result.score()), result.passingScore()));
        score.addClassName("result-score");
        summary.add(score);
        if (!result.passed()) {
            summary.add(
                    new Paragraph(view.getTranslation(result.mayRetry() ? "quiz.result.advice" : "quiz.no-attempts")));
        }
        if (result.attemptsLeft().isPresent()) {
            summary.add(new Paragraph(view.getTranslation(
                    "quiz.attempts-left", result.attemptsLeft().getAsInt())));
        }
        if (result.courseCompleted()) {
            Paragraph completed = new Paragraph(view.getTranslation("quiz.course-completed"));
            completed.setId("course-completed-note");
            summary.add(completed);
        }
        summary.add(actions(view, result, courseId));
        return summary;
    }

    /**
     * One filled button, for what the learner most likely does next: once passed, going on to the next step (or to
     * the course, completed); not passed, trying again while an attempt is left. The others are plain.
     */
    private static Div actions(QuizView view, AttemptResult result, String courseId) {
        Div actions = new Div();
        actions.addClassName("result-actions");
        Anchor next = null;
        if (result.passed() && result.next() != null) {
            next = new Anchor(
                    CourseLinks.step(result.next()),
                    result.next().title() == null
                            ? view.getTranslation("learn.continue")
                            : view.getTranslation(
                                    "quiz.result.continue", result.next().title()));
            next.getElement().setAttribute("router-link", true);
            next.setId(LearningIds.CONTINUE_AFTER_QUIZ);
            next.addClassName("primary-action");
            actions.add(next);
        }
        NativeButton retry = null;
        if (result.mayRetry()) {
            retry = new NativeButton(view.getTranslation("quiz.retry"), click -> view.retry());
            retry.setId(LearningIds.RETRY_QUIZ);
            if (!result.passed()) {
                retry.addClassName("primary-action");
            }
            actions.add(retry);
        }
        Anchor back = new Anchor(CourseLinks.course(courseId), view.getTranslation("lesson.back"));
        back.getElement().setAttribute("router-link", true);
        back.setId("back-to-course");
        if (next == null && (retry == null || result.passed())) {
            back.addClassName("primary-action");
        }
        actions.add(back);
        return actions;
    }

    private static ListItem question(QuizView view, int number, AttemptResult.Question question, Language language) {
        AttemptPage.Question asked = question.question();
        ListItem item = new ListItem();
        item.addClassName("result-question");
        Element heading = QuizBody.questionHeading(
                view,
                3,
                number,
                asked.htmlAfter() == null ? asked.html() : asked.html() + " _____ " + asked.htmlAfter());
        heading.getChildren()
                .filter(child -> child.getClassList().contains("question-text"))
                .forEach(text -> writtenIn(text, language));
        item.getElement().appendChild(heading);
        String verdict = question.given().blank()
                ? "quiz.result.unanswered"
                : question.right()
                        ? "quiz.result.right"
                        : question.fraction().compareTo(BigDecimal.ZERO) > 0
                                ? "quiz.result.partly"
                                : "quiz.result.wrong";
        Paragraph mark = new Paragraph(view.getTranslation(verdict));
        mark.addClassName("mark");
        // mark-right, mark-partly, mark-wrong, mark-unanswered: an icon beside the word, never the colour alone.
        mark.addClassName("mark-" + verdict.substring("quiz.result.".length()));
        item.add(mark);
        if (!question.given().blank()) {
            item.add(answer(
                    view.getTranslation("quiz.result.yours"), describe(view, asked, question.given()), language));
        }
        for (String feedback : question.feedback()) {
            item.add(feedback(feedback, language));
        }
        if (question.correct() != null && !question.right()) {
            item.add(answer(
                    view.getTranslation("quiz.result.correct"), describe(view, asked, question.correct()), language));
        }
        if (question.generalFeedback() != null) {
            item.add(feedback(question.generalFeedback(), language));
        }
        return item;
    }

    private static Div feedback(String safeHtml, Language language) {
        Div note = new Div();
        note.getElement().setProperty("innerHTML", safeHtml);
        note.addClassName("feedback");
        WrittenIn.language(note, language);
        return note;
    }

    /**
     * A label, then the answer's parts already made safe: one on its own, several as a list (the choices of a
     * multiple-answer question, the pairs of a matching one), each whole whatever blocks its text holds.
     */
    private static Div answer(String label, List<String> safeParts, Language language) {
        Div answer = new Div();
        answer.addClassName("result-answer");
        Paragraph caption = new Paragraph(label);
        caption.addClassName("answer-label");
        answer.add(caption);
        Element value;
        if (safeParts.size() <= 1) {
            value = new Element("div");
            value.setProperty("innerHTML", String.join("", safeParts));
        } else {
            value = new Element("ul");
            for (String part : safeParts) {
                Element li = new Element("li");
                li.setProperty("innerHTML", part);
                value.appendChild(li);
            }
        }
        value.getClassList().add("answer-value");
        writtenIn(value, language);
        answer.getElement().appendChild(value);
        return answer;
    }

    /** As {@link WrittenIn}, for an element made here rather than a component. */
    private static void writtenIn(Element element, Language language) {
        element.setAttribute("lang", language.code());
        element.setAttribute("dir", language.direction());
    }

    private static List<String> describe(QuizView view, AttemptPage.Question asked, Response response) {
        QuestionType type = asked.type();
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> option(asked, response.choices());
            case TRUE_FALSE ->
                List.of(Entities.escape(
                        view.getTranslation(response.truth().orElse(false) ? "quiz.true" : "quiz.false")));
            case SHORT_ANSWER, NUMERIC -> List.of(Entities.escape(response.value()));
            case MATCHING -> {
                List<String> pairs = new ArrayList<>();
                for (Map.Entry<Integer, Integer> match : response.matches().entrySet()) {
                    if (match.getKey() < asked.lefts().size()) {
                        pairs.add(asked.lefts().get(match.getKey()) + " → "
                                + String.join("", option(asked, Set.of(match.getValue()))));
                    }
                }
                yield pairs;
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
