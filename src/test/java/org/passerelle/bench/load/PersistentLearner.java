package org.passerelle.bench.load;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.passerelle.catalog.CourseFiles;
import org.passerelle.catalog.ModuleContent;

/**
 * A learner who keeps studying the flagship course module after module (and, once through, reads its lessons again)
 * until told to stop, and who, when something fails, reads the message and tries again a few seconds later, as a
 * person would. Keeps count of what the server confirmed (completed lessons, saved answers, graded quizzes) to check
 * afterwards that the database has it all.
 */
final class PersistentLearner {

    private static final List<ModuleContent> MODULES = CourseFiles.read(Path.of("courses"), SimulatedLearner.COURSE)
            .course()
            .modules();
    private static final Map<String, QuizReplies> QUIZZES = new HashMap<>();

    static {
        MODULES.stream()
                .filter(m -> m.quiz() != null)
                .forEach(m -> QUIZZES.put(m.folder(), new QuizReplies(m.folder())));
    }

    final String username;
    private final BrowserTab tab;
    private final long deadline;
    int completedLessons;
    int gradedQuizzes;
    final Set<String> savedAnswers = new HashSet<>();

    PersistentLearner(HttpClient http, String base, StepTimes times, String username, long deadlineNanos) {
        this.username = username;
        this.tab = new BrowserTab(http, base, times);
        this.deadline = deadlineNanos;
    }

    void study() throws InterruptedException {
        while (!tab.signIn(username, LearnerAccounts.PASSWORD)) {
            if (!retry()) {
                return;
            }
        }
        if (!until(() -> tab.navigate("course/" + SimulatedLearner.COURSE, "link", "open course", null), null)) {
            return;
        }
        if (tab.lastBody().contains("\"value\":\"enrol\"")) {
            think(2);
            if (!until(() -> tab.click("enrol", "enrol", "continue"), "continue")) {
                return;
            }
        }
        for (ModuleContent module : MODULES) {
            if (pastDeadline()) {
                return;
            }
            String first = "course/" + SimulatedLearner.COURSE + "/lesson/" + module.folder() + "/"
                    + module.lessons().getFirst().name();
            think(3);
            if (!until(() -> tab.navigate(first, "link", "open lesson", "lesson-text"), "lesson-text")) {
                return;
            }
            for (int lesson = 1; lesson <= module.lessons().size(); lesson++) {
                if (pastDeadline()) {
                    return;
                }
                think(10);
                boolean last = lesson == module.lessons().size();
                String expected = last && module.quiz() != null ? "start-quiz" : last ? null : "lesson-text";
                if (!until(() -> tab.click("complete-lesson", "complete lesson", expected), expected)) {
                    return;
                }
                completedLessons++;
            }
            if (module.quiz() != null && !quiz(module.folder())) {
                return;
            }
        }
        review();
    }

    /** Course finished before the time is up: reads its lessons again, one every 10 s, as a learner revising. */
    private void review() throws InterruptedException {
        while (!pastDeadline()) {
            for (ModuleContent module : MODULES) {
                for (var lesson : module.lessons()) {
                    if (pastDeadline()) {
                        return;
                    }
                    think(10);
                    String route =
                            "course/" + SimulatedLearner.COURSE + "/lesson/" + module.folder() + "/" + lesson.name();
                    if (!until(
                            () -> tab.navigate(route, "link", "read a lesson again", "lesson-text"), "lesson-text")) {
                        return;
                    }
                }
            }
        }
    }

    private boolean quiz(String module) throws InterruptedException {
        think(5);
        if (!until(() -> tab.click("start-quiz", "start quiz", "attempt"), "attempt")) {
            return false;
        }
        int attempt = gradedQuizzes;
        for (String question : tab.elementIds("q-")) {
            QuizReplies.Reply reply = QUIZZES.get(module).to(question);
            if (reply == null) {
                continue; // a question of an earlier quiz, still among the ids the tab has seen
            }
            think(3);
            if (!until(
                    () -> tab.event(question, "change", reply.expression(), reply.value(), "answer", "Saved"),
                    "Saved")) {
                return false;
            }
            savedAnswers.add(module + "/" + attempt + "/" + question);
        }
        think(3);
        if (!until(() -> tab.click("submit-quiz", "submit quiz", "confirm-submit"), "confirm-submit")) {
            return false;
        }
        think(2);
        if (!until(() -> tab.click("confirm-submit", "confirm (grading)", "quiz-result"), "quiz-result")) {
            return false;
        }
        gradedQuizzes++;
        return true;
    }

    /** Does it until the server confirms it, trying again every 5 s; false when the time is up or the page is gone. */
    private boolean until(Supplier<BrowserTab.Reply> action, String expected) throws InterruptedException {
        while (true) {
            BrowserTab.Reply reply = action.get();
            String problem = reply.ok() ? UidlProblems.of(reply, expected) : "HTTP " + reply.status();
            if (problem == null) {
                return true;
            }
            if (problem.startsWith("session expired") || problem.startsWith("resynchronisation") || !retry()) {
                return false;
            }
        }
    }

    private boolean retry() throws InterruptedException {
        if (System.nanoTime() > deadline) {
            return false;
        }
        Thread.sleep(5_000);
        return true;
    }

    private void think(double seconds) throws InterruptedException {
        Thread.sleep((long) (seconds * (0.8 + 0.4 * ThreadLocalRandom.current().nextDouble()) * 1000));
    }

    boolean pastDeadline() {
        return System.nanoTime() > deadline;
    }
}
