package org.passerelle.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import java.util.regex.Pattern;
import org.passerelle.assessment.Response;
import org.passerelle.learning.AttemptPage;
import org.passerelle.learning.QuizOverview;
import org.passerelle.shared.Language;
import org.passerelle.shared.ui.WrittenIn;

/** The parts of a quiz page a learner sees and an author's preview shows alike: title, rules, questions. */
final class QuizBody {

    /** What happens to an answer as the learner gives it. */
    interface Answered {
        void answered(String questionId, Response response, QuestionField field);
    }

    /** A tag that cannot sit in a heading (whose content is phrasing): a question written in several blocks. */
    private static final Pattern BLOCK =
            Pattern.compile("<(p|div|ul|ol|li|pre|blockquote|table|h[1-6]|hr|dl|figure)[\\s>]");

    private QuizBody() {}

    /** The page's one {@code h1}: "Quiz:" in the interface's language, the title in the course's. */
    static H1 heading(Component in, String quizTitle, Language language) {
        return WrittenIn.sentence(new H1(), "quiz.title", WrittenIn.text(quizTitle, language));
    }

    /**
     * A question's number and text (safe HTML) as a heading of a level, so that a screen reader can go from question
     * to question; a text of several blocks is a heading by its role, since an {@code h2} may hold only phrasing.
     */
    static Element questionHeading(Component in, int level, int number, String safeHtml) {
        boolean blocks = BLOCK.matcher(safeHtml).find();
        Element heading;
        if (blocks) {
            heading = new Element("div");
            heading.setAttribute("role", "heading");
            heading.setAttribute("aria-level", String.valueOf(level));
        } else {
            heading = new Element("h" + level);
        }
        heading.getClassList().add("question-heading");
        Element label = new Element("span");
        label.setText(in.getTranslation("quiz.question", number));
        label.getClassList().add("question-number");
        Element text = new Element(blocks ? "div" : "span");
        text.getClassList().add("question-text");
        text.setProperty("innerHTML", safeHtml);
        // A space between number and text, for the name read out and for copied text; the number is a block anyway.
        heading.appendChild(label, Element.createText(" "), text);
        return heading;
    }

    /** The number of questions, the passing score, the attempts used and allowed, the time limit. */
    static UnorderedList rules(Component in, QuizOverview overview) {
        UnorderedList rules = new UnorderedList(
                new ListItem(in.getTranslation("quiz.rules.questions", overview.questions())),
                new ListItem(in.getTranslation("quiz.rules.passing", overview.passingScore())),
                new ListItem(
                        overview.attemptsAllowed().isPresent()
                                ? in.getTranslation(
                                        "quiz.rules.attempts",
                                        overview.attempts().size(),
                                        overview.attemptsAllowed().getAsInt())
                                : in.getTranslation(
                                        "quiz.rules.attempts-unlimited",
                                        overview.attempts().size())));
        overview.timeLimitMinutes()
                .ifPresent(minutes -> rules.add(new ListItem(in.getTranslation("quiz.rules.time", minutes))));
        rules.setId("quiz-rules");
        return rules;
    }

    /**
     * The questions of an attempt, numbered, with the answers saved so far; with {@code answered} null (a preview),
     * answers are not sent anywhere.
     */
    static Div questions(Component in, AttemptPage page, Answered answered) {
        Div form = new Div();
        form.setId(LearningIds.ATTEMPT);
        WrittenIn.language(form, page.shownIn());
        int number = 1;
        for (AttemptPage.Question question : page.questions()) {
            QuestionField[] field = new QuestionField[1];
            field[0] = new QuestionField(
                    in,
                    number++,
                    question,
                    page.saved().getOrDefault(question.id(), new Response("")),
                    answered == null ? null : response -> answered.answered(question.id(), response, field[0]));
            form.add(field[0]);
        }
        return form;
    }
}
