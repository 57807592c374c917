package org.passerelle.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
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

    private QuizBody() {}

    static H2 heading(Component in, String quizTitle, Language language) {
        // "Quiz:" in the interface's language, the title in the course's.
        return WrittenIn.sentence(new H2(), "quiz.title", WrittenIn.text(quizTitle, language));
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
