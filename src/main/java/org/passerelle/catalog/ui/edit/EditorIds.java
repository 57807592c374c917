package org.passerelle.catalog.ui.edit;

import org.passerelle.shared.Language;

/** Ids of the course, lesson and quiz editors, shared by the views and the browser journeys that drive them. */
public final class EditorIds {

    public static final String COURSES = "courses";
    public static final String NEW_COURSE_TITLE = "new-course-title";
    public static final String NEW_COURSE_ID = "new-course-id";
    public static final String CREATE_COURSE = "create-course";
    public static final String COURSE_SETTINGS = "course-settings";
    public static final String EDITOR_STATUS = "editor-status";
    public static final String EDITOR_NOTICE = "editor-notice";
    public static final String COVERAGE = "coverage";
    public static final String SETTINGS_LANGUAGE = "settings-language";
    public static final String SETTINGS_TITLE = "settings-title";
    public static final String SETTINGS_DESCRIPTION = "settings-description";
    public static final String SETTINGS_AUTHORS = "settings-authors";
    public static final String SETTINGS_SAVE = "settings-save";
    public static final String NEW_MODULE = "new-module";
    public static final String CHECK_COURSE = "check-course";
    public static final String PUBLISH_COURSE = "publish-course";
    public static final String LESSON_EDITOR = "lesson-editor";
    public static final String LESSON_TITLE = "lesson-title";
    public static final String LESSON_MINUTES = "lesson-minutes";
    public static final String LESSON_MARKDOWN = "lesson-markdown";
    public static final String LESSON_PREVIEW = "lesson-preview";
    public static final String LESSON_SAVE = "lesson-save";
    public static final String LESSON_MESSAGE = "lesson-message";
    public static final String LESSON_NOT_WRITTEN = "lesson-not-written";
    public static final String CONFLICT_THEIRS = "conflict-theirs";
    public static final String MEDIA_UPLOAD = "media-upload";
    public static final String MEDIA_PROBLEM = "media-problem";
    public static final String QUIZ_EDITOR = "quiz-editor";
    public static final String QUIZ_LANGUAGE = "quiz-language";
    public static final String QUIZ_GIFT_UPLOAD = "quiz-gift-upload";
    public static final String QUIZ_GIFT_PROBLEMS = "quiz-gift-problems";
    public static final String QUIZ_GIFT_EXPORT = "quiz-gift-export";
    public static final String QUIZ_SAVE = "quiz-save";
    public static final String QUIZ_STATUS = "quiz-status";
    public static final String QUIZ_ATTEMPTS = "quiz-attempts";
    public static final String QUESTION_LIST = "question-list";
    public static final String QUESTION_TEXT = "question-text";
    public static final String QUESTION_UNTRANSLATED = "question-untranslated";
    public static final String MY_COURSES = "my-courses";
    public static final String COURSE_EDITOR = "course-editor";

    /** The link to a lesson in the course editor's outline. */
    public static String lesson(String module, String lesson) {
        return "lesson-" + module + "-" + lesson;
    }

    /** The link to a module's quiz in the course editor's outline. */
    public static String quiz(String module) {
        return "quiz-" + module;
    }

    /** The title field that adds a lesson to a module. */
    public static String newLesson(String module) {
        return "new-lesson-" + module;
    }

    /** The button beside a title field that adds what it names (a module, a lesson). */
    public static String addButton(String titleField) {
        return titleField + "-add";
    }

    /** How much of the course is written in a language. */
    public static String coverage(Language language) {
        return "coverage-" + language.code();
    }

    /** The link to a lesson's text in another language. */
    public static String lessonLanguage(Language language) {
        return "lesson-lang-" + language.code();
    }

    /** The button that opens a quiz's question, by its place in the list (from 0). */
    public static String question(int index) {
        return "question-" + index;
    }

    /** A file of one kind (slides, image…) among a lesson's media. */
    public static String lessonFile(String kind) {
        return "lesson-file-" + kind;
    }

    private EditorIds() {}
}
