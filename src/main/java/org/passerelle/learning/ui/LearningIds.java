package org.passerelle.learning.ui;

import org.passerelle.shared.Language;

/**
 * Ids of the learner's pages (course, lesson, quiz, my learning, previews, enrolling people), shared by the views and
 * the browser journeys that drive them.
 */
public final class LearningIds {

    public static final String COURSE = "course";
    public static final String ENROL = "enrol";
    public static final String CONTINUE = "continue";
    public static final String COURSE_PROGRESS = "course-progress";
    /** On a completed course's page, the link to the learner's records of it. */
    /** The lesson's context bar, which stays at the top while the learner reads. */
    public static final String LESSON_BAR = "lesson-bar";

    public static final String LESSON_PLACE = "lesson-place";
    public static final String BAR_PREVIOUS = "bar-previous";
    public static final String BAR_NEXT = "bar-next";
    /** The course's outline beside a lesson, its list of steps, and the buttons that fold it, open and close it. */
    public static final String LESSON_OUTLINE = "lesson-outline";

    public static final String OUTLINE_STEPS = "outline-steps";
    public static final String OUTLINE_TOGGLE = "outline-toggle";
    public static final String OUTLINE_OPEN = "outline-open";
    public static final String OUTLINE_CLOSE = "outline-close";
    public static final String COURSE_RECORDS = "course-records";

    public static final String COURSE_COMPLETED = "course-completed";
    public static final String OUTLINE = "outline";
    public static final String LESSON = "lesson";
    public static final String LESSON_TEXT = "lesson-text";
    public static final String LESSON_MEDIA = "lesson-media";
    public static final String COMPLETE_LESSON = "complete-lesson";
    public static final String QUIZ = "quiz";
    public static final String START_QUIZ = "start-quiz";
    public static final String ATTEMPT = "attempt";
    public static final String SUBMIT_QUIZ = "submit-quiz";
    public static final String CONFIRM_SUBMIT = "confirm-submit";
    public static final String QUIZ_RESULT = "quiz-result";
    public static final String QUIZ_RESULT_HEADING = "quiz-result-heading";
    public static final String QUIZ_REVIEW = "result-questions";
    public static final String CONTINUE_AFTER_QUIZ = "quiz-continue";
    public static final String RETRY_QUIZ = "retry-quiz";
    public static final String QUIZ_DEADLINE = "quiz-deadline";
    public static final String QUIZ_PREVIEW_NOTE = "quiz-preview-note";
    public static final String MY_LEARNING = "my-learning";
    public static final String IN_PROGRESS = "in-progress";
    public static final String COMPLETED = "completed";
    public static final String PREVIEW_BANNER = "preview-banner";
    public static final String PREVIEW_BACK = "preview-back";
    public static final String ENROL_COURSE = "enrol-course";
    public static final String ENROL_NAMES = "enrol-names";
    public static final String ENROL_SUBMIT = "enrol-submit";
    public static final String PAST_ATTEMPTS = "past-attempts";
    public static final String ENROL_PEOPLE = "enrol-people";

    /** The class of each question of a quiz attempt. */
    public static final String QUESTION_CLASS = "question";

    /** The class of the line under a question that says whether its answer is saved. */
    public static final String SAVE_STATUS_CLASS = "save-status";

    /** A question of a quiz attempt, by the question's id in the quiz. */
    /** On My learning, the button that goes on with a course in progress. */
    public static String continueCourse(String courseId) {
        return "continue-" + courseId;
    }

    public static String question(String id) {
        return "q-" + id;
    }

    /** The heading of a question of a quiz attempt (its number and text), which names the question's group. */
    public static String questionHeading(String id) {
        return "heading-" + question(id);
    }

    /** The select of a matching question that takes the match of one item (counted from 0). */
    public static String matchSelect(String id, int item) {
        return "match-" + question(id) + "-" + item;
    }

    /** The link to a draft's preview in another language. */
    public static String previewLanguage(Language language) {
        return "preview-lang-" + language.code();
    }

    private LearningIds() {}
}
