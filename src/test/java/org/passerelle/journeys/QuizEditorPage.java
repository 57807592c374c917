package org.passerelle.journeys;

import static org.passerelle.catalog.ui.edit.EditorIds.QUESTION_LIST;
import static org.passerelle.catalog.ui.edit.EditorIds.QUESTION_TEXT;
import static org.passerelle.catalog.ui.edit.EditorIds.QUESTION_UNTRANSLATED;
import static org.passerelle.catalog.ui.edit.EditorIds.QUIZ_ATTEMPTS;
import static org.passerelle.catalog.ui.edit.EditorIds.QUIZ_EDITOR;
import static org.passerelle.catalog.ui.edit.EditorIds.QUIZ_GIFT_EXPORT;
import static org.passerelle.catalog.ui.edit.EditorIds.QUIZ_GIFT_PROBLEMS;
import static org.passerelle.catalog.ui.edit.EditorIds.QUIZ_GIFT_UPLOAD;
import static org.passerelle.catalog.ui.edit.EditorIds.QUIZ_LANGUAGE;
import static org.passerelle.catalog.ui.edit.EditorIds.QUIZ_SAVE;
import static org.passerelle.catalog.ui.edit.EditorIds.QUIZ_STATUS;

import java.nio.file.Path;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.passerelle.catalog.ui.edit.EditorIds;

/** A module's quiz editor: GIFT files imported per language, questions edited, settings, saving, GIFT export. */
final class QuizEditorPage extends Page {

    QuizEditorPage(BrowserJourney journey) {
        super(journey);
    }

    /** Opens a module's quiz editor and waits for its list of questions. */
    QuizEditorPage open(String course, String module) {
        journey.open("/author/" + course + "/quiz/" + module, css(QUIZ_EDITOR) + " " + css(QUESTION_LIST));
        return this;
    }

    QuizEditorPage giftShown() {
        ready(QUIZ_GIFT_UPLOAD);
        return this;
    }

    /** Gives a GIFT file to the importer, as an instructor choosing it would. */
    void importGift(Path file) {
        journey.upload(QUIZ_GIFT_UPLOAD, file);
    }

    /** Waits for the importer's problems with a file, and returns what it says. */
    String problems() {
        until(d -> !inside(QUIZ_GIFT_PROBLEMS, "li").isEmpty());
        return text(QUIZ_GIFT_PROBLEMS);
    }

    int questionCount() {
        return inside(QUESTION_LIST, "li").size();
    }

    boolean hasQuestion(int index) {
        return has(EditorIds.question(index));
    }

    /** What the list says of a question (by its place, from 0); "" while the list is drawn again. */
    String question(int index) {
        return textOf(EditorIds.question(index));
    }

    /** Shows the questions in another language, to read or write them. */
    void writeIn(String nativeName) {
        choose(QUIZ_LANGUAGE, nativeName);
    }

    String untranslatedNote() {
        return text(QUESTION_UNTRANSLATED);
    }

    /** Opens a question and waits until its text field holds a text that starts so. */
    void openQuestion(int index, String textStart) {
        click(EditorIds.question(index));
        until(d -> ((JavascriptExecutor) d)
                .executeScript(
                        "const t = document.querySelector(arguments[0]);"
                                + "return !!t && t.value.startsWith(arguments[1]);",
                        css(QUESTION_TEXT) + " textarea",
                        textStart));
    }

    /** Adds to the end of the open question's text, then leaves the field. */
    void appendToQuestion(String text) {
        input(QUESTION_TEXT).sendKeys(Keys.END, text, Keys.TAB);
    }

    /** Which way the open question's text runs, as the browser lays it out. */
    String questionDirection() {
        return String.valueOf(((JavascriptExecutor) driver)
                .executeScript(
                        "return getComputedStyle(document.querySelector(arguments[0])).direction",
                        css(QUESTION_TEXT) + " textarea"));
    }

    /** Replaces the number of attempts allowed, as typed. */
    void attempts(String number) {
        input(QUIZ_ATTEMPTS).sendKeys(Keys.chord(Keys.CONTROL, "a"), number, Keys.TAB);
    }

    boolean attemptsRefused() {
        return invalid(QUIZ_ATTEMPTS);
    }

    /** The attempts field's text, with its message when refused. */
    String attemptsField() {
        return text(QUIZ_ATTEMPTS);
    }

    void save() {
        click(QUIZ_SAVE);
    }

    /** What the page says of the last save; "" while it is drawn again. */
    String status() {
        return textOf(QUIZ_STATUS);
    }

    /** The GIFT export's address as the page writes it. */
    String exportLink() {
        return attribute(QUIZ_GIFT_EXPORT, "href");
    }

    /** The GIFT export's full address. */
    String exportAddress() {
        return element(QUIZ_GIFT_EXPORT).getDomProperty("href");
    }

    String heading() {
        return firstInside(QUIZ_EDITOR, "h1").getText();
    }
}
