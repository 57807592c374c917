package org.passerelle.bench.load;

import java.net.http.HttpClient;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A learner of the flagship course: signs in, opens the course (enrolling if needed), reads the first three lessons
 * of the first module with ten seconds of reading each, marking each completed, then takes the module's quiz:
 * starts it, answers every question with a few seconds of thought, submits and confirms.
 */
final class SimulatedLearner {

    static final String COURSE = "ai-public-policy";
    static final String MODULE = "01-what-is-ai";
    static final String FIRST_LESSON = "course/" + COURSE + "/lesson/" + MODULE + "/01-defining-ai";
    private static final QuizReplies QUIZ = new QuizReplies(MODULE);

    private final BrowserTab tab;
    private final String username;
    private final String password;
    private final double thinkScale;

    /** @param thinkScale 1 for the stated think times (10 s per lesson); less to hurry, e.g. for memory runs */
    SimulatedLearner(
            HttpClient http, String base, StepTimes times, String username, String password, double thinkScale) {
        this.tab = new BrowserTab(http, base, times);
        this.username = username;
        this.password = password;
        this.thinkScale = thinkScale;
    }

    /** The whole visit; ends signed out. */
    void visit() throws InterruptedException {
        if (!signInAndOpenLesson()) {
            return;
        }
        readLessonsAndTakeQuiz();
        signOut();
    }

    /** Signs in, follows the link to the course page, enrols if not yet enrolled, and opens the first lesson. */
    boolean signInAndOpenLesson() throws InterruptedException {
        if (!tab.signIn(username, password)) {
            return false;
        }
        think(3);
        BrowserTab.Reply course = tab.navigate("course/" + COURSE, "link", "open course", null);
        if (!course.ok()) {
            return false;
        }
        if (course.body().contains("\"value\":\"enrol\"")) {
            think(2);
            tab.click("enrol", "enrol", "continue");
        }
        think(3);
        return tab.navigate(FIRST_LESSON, "link", "open lesson", "lesson-text").ok();
    }

    void readLessonsAndTakeQuiz() throws InterruptedException {
        for (int lesson = 1; lesson <= 3; lesson++) {
            think(10);
            // The third lesson is the module's last: completing it leads to the quiz.
            tab.click("complete-lesson", "complete lesson", lesson < 3 ? "lesson-text" : "start-quiz");
        }
        think(5);
        tab.click("start-quiz", "start quiz", "attempt");
        for (String question : tab.elementIds("q-")) {
            think(3);
            QuizReplies.Reply reply = QUIZ.to(question);
            tab.event(question, "change", reply.expression(), reply.value(), "answer", "Saved");
        }
        think(3);
        tab.click("submit-quiz", "submit quiz", "confirm-submit");
        think(2);
        tab.click("confirm-submit", "confirm (grading)", "quiz-result");
    }

    void signOut() throws InterruptedException {
        think(2);
        tab.click("sign-out", "sign out", UidlProblems.SIGNED_OUT);
    }

    BrowserTab tab() {
        return tab;
    }

    /** Around the given seconds (±20 %), so that learners drift apart as real ones do. */
    private void think(double seconds) throws InterruptedException {
        double factor = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        Thread.sleep((long) (seconds * factor * thinkScale * 1000));
    }
}
