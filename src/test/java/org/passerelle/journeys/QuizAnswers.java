package org.passerelle.journeys;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.passerelle.assessment.BestAnswer;
import org.passerelle.assessment.GiftFormat;
import org.passerelle.assessment.GiftQuestion;
import org.passerelle.assessment.Grading;
import org.passerelle.catalog.CourseContent;
import org.passerelle.catalog.CourseFiles;
import org.passerelle.catalog.ModuleContent;
import org.passerelle.learning.ui.LearningIds;
import org.passerelle.shared.Language;

/** Answers quiz questions (the flagship's, or a GIFT text's) in the page as a learner who knows them would. */
final class QuizAnswers {

    private static final CourseContent FLAGSHIP =
            CourseFiles.read(Path.of("courses"), "ai-public-policy").course();

    private final Map<String, GiftQuestion> questions = new HashMap<>();

    /** Answers the questions of a GIFT text, e.g. a quiz a journey wrote in the editor. */
    QuizAnswers(String gift) {
        GiftFormat.read("quiz.gift", gift).questions().forEach(q -> questions.put(q.title(), q));
    }

    QuizAnswers(String module, Language language) {
        ModuleContent content = FLAGSHIP.modules().stream()
                .filter(m -> m.folder().equals(module))
                .findFirst()
                .orElseThrow();
        content.quiz().questions().get(language).forEach(q -> questions.put(q.title(), q));
    }

    /**
     * Whether the page says every answer given is saved: the question's status shows a text and no question
     * still has a change on its way to the server (an answer in flight marks its status busy).
     */
    static boolean allSaved(WebDriver driver, String lastQuestion) {
        return !driver.findElement(By.cssSelector(
                                "#" + LearningIds.question(lastQuestion) + " ." + LearningIds.SAVE_STATUS_CLASS))
                        .getText()
                        .isEmpty()
                && driver.findElements(By.cssSelector(
                                "#" + LearningIds.ATTEMPT + " ." + LearningIds.SAVE_STATUS_CLASS + "[aria-busy]"))
                        .isEmpty();
    }

    /** Plain stretches of every feedback text of the quiz, as they would appear in what the server sends. */
    List<String> feedbackSnippets() {
        List<String> snippets = new ArrayList<>();
        for (GiftQuestion question : questions.values()) {
            question.answers().forEach(answer -> snippet(answer.feedback()).ifPresent(snippets::add));
            snippet(question.generalFeedback()).ifPresent(snippets::add);
            snippet(question.feedbackIfRight()).ifPresent(snippets::add);
            snippet(question.feedbackIfWrong()).ifPresent(snippets::add);
        }
        return snippets;
    }

    /** A plain stretch of a question's text. */
    String textSnippet(String id) {
        return snippet(questions.get(id).text()).orElseThrow();
    }

    private static Optional<String> snippet(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher plain = Pattern.compile("[A-Za-z ,.]{16,}").matcher(text);
        return plain.find() ? Optional.of(plain.group().strip()) : Optional.empty();
    }

    /** Gives the right answer to every question shown; returns the id of the last one answered. */
    String answerAll(ChromeDriver driver) {
        String last = null;
        for (WebElement fieldset : driver.findElements(
                By.cssSelector("#" + LearningIds.ATTEMPT + " fieldset." + LearningIds.QUESTION_CLASS))) {
            String id = fieldset.getDomAttribute("id")
                    .substring(LearningIds.question("").length());
            answer(fieldset, questions.get(id));
            last = id;
        }
        return last;
    }

    private static void answer(WebElement fieldset, GiftQuestion question) {
        switch (question.type()) {
            case SINGLE_CHOICE -> click(fieldset, String.valueOf(BestAnswer.of(question.answers())));
            case MULTIPLE_CHOICE -> {
                for (int i = 0; i < question.answers().size(); i++) {
                    if (question.answers().get(i).correct()) {
                        click(fieldset, String.valueOf(i));
                    }
                }
            }
            case TRUE_FALSE -> click(fieldset, String.valueOf(question.answer()));
            case SHORT_ANSWER ->
                type(
                        fieldset,
                        question.answers()
                                .get(BestAnswer.of(question.answers()))
                                .text());
            case NUMERIC ->
                type(
                        fieldset,
                        question.answers()
                                .get(BestAnswer.of(question.answers()))
                                .min()
                                .stripTrailingZeros()
                                .toPlainString());
            case MATCHING -> {
                List<String> rights = Grading.rights(question);
                for (int left = 0; left < question.pairs().size(); left++) {
                    new Select(fieldset.findElement(By.cssSelector("select[data-left='" + left + "']")))
                            .selectByValue(String.valueOf(
                                    rights.indexOf(question.pairs().get(left).right())));
                }
            }
        }
    }

    private static void click(WebElement fieldset, String value) {
        fieldset.findElement(By.cssSelector("input[value='" + value + "']")).click();
    }

    private static void type(WebElement fieldset, String text) {
        WebElement input = fieldset.findElement(By.cssSelector("input[type=text]"));
        input.clear();
        input.sendKeys(text, Keys.TAB);
    }
}
