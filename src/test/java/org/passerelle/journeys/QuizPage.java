package org.passerelle.journeys;

import static org.passerelle.learning.ui.LearningIds.ATTEMPT;
import static org.passerelle.learning.ui.LearningIds.CONFIRM_SUBMIT;
import static org.passerelle.learning.ui.LearningIds.CONTINUE_AFTER_QUIZ;
import static org.passerelle.learning.ui.LearningIds.QUESTION_CLASS;
import static org.passerelle.learning.ui.LearningIds.QUIZ;
import static org.passerelle.learning.ui.LearningIds.QUIZ_DEADLINE;
import static org.passerelle.learning.ui.LearningIds.QUIZ_PREVIEW_NOTE;
import static org.passerelle.learning.ui.LearningIds.QUIZ_RESULT;
import static org.passerelle.learning.ui.LearningIds.QUIZ_RESULT_HEADING;
import static org.passerelle.learning.ui.LearningIds.QUIZ_REVIEW;
import static org.passerelle.learning.ui.LearningIds.RETRY_QUIZ;
import static org.passerelle.learning.ui.LearningIds.SAVE_STATUS_CLASS;
import static org.passerelle.learning.ui.LearningIds.START_QUIZ;
import static org.passerelle.learning.ui.LearningIds.SUBMIT_QUIZ;

import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A module's quiz: start an attempt, answer (each answer saved as it is given), submit, read the result, retry. */
final class QuizPage extends Page {

    private static final String CHOICE = "input[type=radio], input[type=checkbox]";
    private static final String TYPED = "input[type=text]";

    QuizPage(BrowserJourney journey) {
        super(journey);
    }

    QuizPage open(String path) {
        openAt(path, QUIZ);
        return this;
    }

    /** Opens a quiz and waits for its Start button. */
    QuizPage openToStart(String path) {
        openAt(path, START_QUIZ);
        return this;
    }

    /** Opens a quiz whose questions show at once (a draft's preview). */
    QuizPage openAttempt(String path) {
        openAt(path, ATTEMPT);
        return this;
    }

    QuizPage startShown() {
        ready(START_QUIZ);
        return this;
    }

    /** Starts an attempt and waits for its questions. */
    QuizPage start() {
        click(START_QUIZ);
        return attemptShown();
    }

    /** Starts an attempt unless one is under way, and waits for its questions. */
    QuizPage startUnlessStarted() {
        if (has(START_QUIZ)) {
            click(START_QUIZ);
        }
        return attemptShown();
    }

    QuizPage attemptShown() {
        ready(ATTEMPT);
        return this;
    }

    /** Gives every right answer and waits until the page says each is saved; returns the last question's id. */
    String answerAndWaitUntilSaved(QuizAnswers answers) {
        String last = answers.answerAll(driver);
        until(d -> QuizAnswers.allSaved(d, last));
        return last;
    }

    /** Submits, confirms, and waits for the result. */
    void submit() {
        click(SUBMIT_QUIZ);
        clickOnceShown(CONFIRM_SUBMIT);
        ready(QUIZ_RESULT);
    }

    /** Answers every question right and submits. */
    void answerAndSubmit(QuizAnswers answers) {
        answerAndWaitUntilSaved(answers);
        submit();
    }

    /** Starts another attempt from the result. */
    void retry() {
        clickOnceShown(RETRY_QUIZ);
        attemptShown();
    }

    /** Goes on from a passed quiz's result to the step it offers. */
    void continueAfterPassing() {
        click(CONTINUE_AFTER_QUIZ);
    }

    boolean canSubmit() {
        return has(SUBMIT_QUIZ);
    }

    /** Whether the keyboard focus is on the result's summary (its heading), where a screen reader starts reading. */
    boolean focusOnSummary() {
        return QUIZ_RESULT_HEADING.equals(focused().getDomAttribute("id"));
    }

    /** Whether the summary comes first: above the question-by-question review, on the screen and in the page. */
    boolean summaryAboveReview() {
        WebElement summary = element(QUIZ_RESULT);
        WebElement review = element(QUIZ_REVIEW);
        return summary.getRect().getY() + summary.getRect().getHeight()
                        <= review.getRect().getY()
                && driver.findElements(By.cssSelector("#" + QUIZ_RESULT + " ~ #" + QUIZ_REVIEW))
                                .size()
                        == 1;
    }

    /** The summary: the verdict, the score against the pass mark, the attempts left. */
    String summary() {
        return text(QUIZ_RESULT);
    }

    /** The words of the page's filled buttons: the one action the page puts forward. */
    List<String> primaryActions() {
        return inside(QUIZ, ".primary-action").stream().map(WebElement::getText).toList();
    }

    /** Try again, offered as a plain button or not at all. */
    Optional<WebElement> retryButton() {
        return elements(RETRY_QUIZ).stream().findFirst();
    }

    /** The name a screen reader gives each question's group: its heading (number and text). */
    List<String> questionNames() {
        return questions().stream().map(WebElement::getAccessibleName).toList();
    }

    /** Per matching question's select, its name as a screen reader says it, and the item it sits beside. */
    List<String[]> matchNames() {
        return inside(ATTEMPT, ".match-row").stream()
                .map(row -> new String[] {
                    row.findElement(By.tagName("select")).getAccessibleName(),
                    row.findElement(By.tagName("label")).getText()
                })
                .toList();
    }

    List<WebElement> questions() {
        return inside(ATTEMPT, "fieldset." + QUESTION_CLASS);
    }

    /** The first question answered by choosing (shuffled quizzes put it anywhere). */
    WebElement firstChoiceQuestion() {
        return questions().stream()
                .filter(q -> !choices(q).isEmpty())
                .findFirst()
                .orElseThrow();
    }

    List<WebElement> choices(WebElement question) {
        return question.findElements(By.cssSelector(CHOICE));
    }

    Optional<WebElement> firstTypedAnswer() {
        return inside(ATTEMPT, TYPED).stream().findFirst();
    }

    /** The id of the question an answer's field belongs to. */
    String questionOf(WebElement answer) {
        return answer.findElement(By.xpath("ancestor::fieldset")).getDomAttribute("id");
    }

    /** What the question (by its element's id) says of its answer: saved, or the problem. */
    String saveStatus(String questionElementId) {
        return firstInside(questionElementId, "." + SAVE_STATUS_CLASS).getText();
    }

    boolean isChosen(String questionElementId, String value) {
        return firstInside(questionElementId, "input[value='" + value + "']").isSelected();
    }

    String typed(String questionElementId) {
        return firstInside(questionElementId, TYPED).getDomProperty("value");
    }

    String deadline() {
        return text(QUIZ_DEADLINE);
    }

    String previewNote() {
        return text(QUIZ_PREVIEW_NOTE);
    }
}
