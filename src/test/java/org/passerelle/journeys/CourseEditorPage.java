package org.passerelle.journeys;

import static org.passerelle.catalog.ui.edit.EditorIds.CHECK_COURSE;
import static org.passerelle.catalog.ui.edit.EditorIds.COURSE_SETTINGS;
import static org.passerelle.catalog.ui.edit.EditorIds.COVERAGE;
import static org.passerelle.catalog.ui.edit.EditorIds.EDITOR_NOTICE;
import static org.passerelle.catalog.ui.edit.EditorIds.EDITOR_STATUS;
import static org.passerelle.catalog.ui.edit.EditorIds.NEW_MODULE;
import static org.passerelle.catalog.ui.edit.EditorIds.PUBLISH_COURSE;
import static org.passerelle.catalog.ui.edit.EditorIds.SETTINGS_AUTHORS;
import static org.passerelle.catalog.ui.edit.EditorIds.SETTINGS_DESCRIPTION;
import static org.passerelle.catalog.ui.edit.EditorIds.SETTINGS_LANGUAGE;
import static org.passerelle.catalog.ui.edit.EditorIds.SETTINGS_SAVE;
import static org.passerelle.catalog.ui.edit.EditorIds.SETTINGS_TITLE;

import org.passerelle.catalog.ui.edit.EditorIds;
import org.passerelle.shared.Language;

/** A course's editor: settings and texts per language, modules and lessons, coverage, check and publish. */
final class CourseEditorPage extends Page {

    static String path(String course) {
        return "/author/" + course;
    }

    CourseEditorPage(BrowserJourney journey) {
        super(journey);
    }

    /** Opens a course's editor and waits for how much of it each language covers. */
    CourseEditorPage open(String course) {
        openAt(path(course), COVERAGE);
        return this;
    }

    /** Opens a course's editor and waits for the button that checks it before publishing. */
    CourseEditorPage openToPublish(String course) {
        openAt(path(course), CHECK_COURSE);
        return this;
    }

    /** Opens a course's editor and waits for the link to a module's quiz. */
    CourseEditorPage openAtQuiz(String course, String module) {
        openAt(path(course), EditorIds.quiz(module));
        return this;
    }

    CourseEditorPage settingsShown() {
        ready(COURSE_SETTINGS);
        return this;
    }

    CourseEditorPage modulesShown() {
        ready(NEW_MODULE);
        return this;
    }

    String status() {
        return text(EDITOR_STATUS);
    }

    CourseEditorPage description(String text) {
        type(SETTINGS_DESCRIPTION, text);
        return this;
    }

    CourseEditorPage authors(String text) {
        type(SETTINGS_AUTHORS, text);
        return this;
    }

    CourseEditorPage title(String text) {
        type(SETTINGS_TITLE, text);
        return this;
    }

    String title() {
        return value(SETTINGS_TITLE);
    }

    /** Shows the course's texts in another language, to read or write them. */
    void writeIn(String nativeName) {
        choose(SETTINGS_LANGUAGE, nativeName);
    }

    void saveSettings() {
        click(SETTINGS_SAVE);
    }

    /** Waits for how much of the course is written in a language. */
    CourseEditorPage coverageShown(Language language) {
        ready(EditorIds.coverage(language));
        return this;
    }

    String coverage(Language language) {
        return text(EditorIds.coverage(language));
    }

    /** Adds a module by its title and waits for it, by the folder it gets. */
    CourseEditorPage addModule(String title, String folder) {
        type(NEW_MODULE, title);
        click(EditorIds.addButton(NEW_MODULE));
        ready(EditorIds.newLesson(folder));
        return this;
    }

    /** Adds a lesson to a module by its title and waits for it, by the name it gets. */
    CourseEditorPage addLesson(String module, String title, String lesson) {
        type(EditorIds.newLesson(module), title);
        click(EditorIds.addButton(EditorIds.newLesson(module)));
        ready(EditorIds.lesson(module, lesson));
        return this;
    }

    LessonEditorPage openLesson(String module, String lesson) {
        click(EditorIds.lesson(module, lesson));
        return new LessonEditorPage(journey).shown();
    }

    /** What the link to a module's quiz says of it. */
    String quizLink(String module) {
        return text(EditorIds.quiz(module));
    }

    QuizEditorPage openQuiz(String module) {
        click(EditorIds.quiz(module));
        return new QuizEditorPage(journey).giftShown();
    }

    /** Checks the draft with the importer's rules; the page says what it found. */
    void check() {
        click(CHECK_COURSE);
    }

    /** Publishes the draft, confirming, and waits for the editor's notice. */
    void publish() {
        click(PUBLISH_COURSE);
        answerConfirmation(true);
        until(d -> has(EDITOR_NOTICE));
    }

    String notice() {
        return text(EDITOR_NOTICE);
    }
}
