package org.passerelle.bench.load;

import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A database outage under load: 100 learners study (see {@link PersistentLearner}); 45 s in, the app's MariaDB is
 * stopped for 60 s and started again on the same data and port. Prints the longest request during the outage, what
 * learners were shown, whether everything the server had confirmed is in the database, and how long after the
 * database's return requests succeed again. {@code -Dload.outage.mode=stop} (TERM, the default), {@code kill}
 * (a crash) or {@code freeze} (STOP/CONT: nothing answers, connections stay open).
 * Run with {@code ./mvnw -Pbench verify -Dtest=DatabaseOutageBench}.
 */
class DatabaseOutageBench {

    @Test
    void databaseStopsForAMinute() throws Exception {
        ServerUnderLoad.pinDriver();
        int count = Integer.getInteger("load.outage.learners", 100);
        String mode = System.getProperty("load.outage.mode", "stop");
        Duration outage = Duration.ofSeconds(Integer.getInteger("load.outage.seconds", 60));
        try (ServerUnderLoad server = ServerUnderLoad.start(
                "outage", LoadRun.words("load.server.jvm", ""), LoadRun.words("load.server.args", ""))) {
            HttpClient http = LoadRun.http();
            LoadRun.learners(
                    http,
                    server.base(),
                    new StepTimes(),
                    LearnerAccounts.create(server.jdbcUrl(), "outwarm", 20),
                    Duration.ofSeconds(5),
                    0.2,
                    Duration.ofMinutes(5),
                    SimulatedLearner::visit);
            EmbeddedDatabaseProcess database = EmbeddedDatabaseProcess.of(server);
            List<String> usernames = LearnerAccounts.create(server.jdbcUrl(), "outage", count);

            StepTimes times = new StepTimes();
            long start = System.nanoTime();
            long deadline =
                    start + Duration.ofSeconds(45).plus(outage).plusSeconds(75).toNanos();
            ConcurrentLinkedQueue<PersistentLearner> learners = new ConcurrentLinkedQueue<>();
            ExecutorService threads = LoadRun.persistentLearners(
                    http, server.base(), times, usernames, start, Duration.ofSeconds(30), deadline, learners);

            Thread.sleep(
                    Duration.ofNanos(Math.max(0, start + Duration.ofSeconds(45).toNanos() - System.nanoTime())));
            long stopped = System.nanoTime();
            if (mode.equals("freeze")) {
                database.signal("STOP");
            } else {
                database.stop(mode.equals("kill") ? "KILL" : "TERM");
            }
            System.out.printf(
                    "BENCH outage | database %s at %.1f s (%s)%n",
                    mode, (stopped - start) / 1e9, ServerUnderLoad.load());
            Thread.sleep(Duration.ofNanos(Math.max(0, stopped + outage.toNanos() - System.nanoTime())));
            long restarting = System.nanoTime();
            if (mode.equals("freeze")) {
                database.signal("CONT");
            } else {
                database.start(server.log().resolveSibling("database-restarted.log"));
            }
            long back = System.nanoTime();
            System.out.printf(
                    "BENCH outage | database back at %.1f s (accepting connections %.1f s after the restart began)%n",
                    (back - start) / 1e9, (back - restarting) / 1e9);
            threads.awaitTermination(5, TimeUnit.MINUTES);
            threads.shutdownNow();

            times.print("outage");
            report(times, start, stopped, back);
            checkNothingLost(database.jdbcUrl(), learners);
            database.close();
        }
    }

    private static void report(StepTimes times, long start, long stopped, long back) {
        List<StepTimes.Event> events = times.timeline();
        long longest = 0;
        int over3s = 0;
        int during = 0;
        for (StepTimes.Event e : events) {
            long began = e.endNanos() - e.nanos();
            if (e.endNanos() >= stopped && began <= back) {
                during++;
                longest = Math.max(longest, e.nanos());
                over3s += e.nanos() > 3_000_000_000L ? 1 : 0;
            }
        }
        long lastFailure = events.stream()
                .filter(e -> e.problem() != null && e.endNanos() - e.nanos() >= back)
                .mapToLong(StepTimes.Event::endNanos)
                .max()
                .orElse(back);
        long firstWrite = events.stream()
                .filter(e -> e.problem() == null && e.endNanos() - e.nanos() >= back)
                .filter(e -> e.step().equals("complete lesson") || e.step().equals("answer"))
                .mapToLong(StepTimes.Event::endNanos)
                .min()
                .orElse(-1);
        long after =
                events.stream().filter(e -> e.endNanos() - e.nanos() >= back).count();
        long failedAfter = events.stream()
                .filter(e -> e.endNanos() - e.nanos() >= back && e.problem() != null)
                .count();
        System.out.printf(
                "BENCH outage | %d requests overlapped the outage; longest %.1f s; %d over 3 s%n",
                during, longest / 1e9, over3s);
        System.out.printf(
                "BENCH outage | after the database's return: first confirmed write %.1f s later; last failed request"
                        + " started after the return ended %.1f s later; %d of %d requests started after the return failed%n",
                firstWrite < 0 ? -1 : (firstWrite - back) / 1e9, (lastFailure - back) / 1e9, failedAfter, after);
        // Errors per 5-second window, to see the outage and the recovery.
        StringBuilder windows = new StringBuilder();
        long end = events.stream().mapToLong(StepTimes.Event::endNanos).max().orElse(start);
        for (long w = start; w < end; w += 5_000_000_000L) {
            long from = w;
            long requests = events.stream()
                    .filter(e -> e.endNanos() >= from && e.endNanos() < from + 5_000_000_000L)
                    .count();
            long failed = events.stream()
                    .filter(e -> e.endNanos() >= from && e.endNanos() < from + 5_000_000_000L && e.problem() != null)
                    .count();
            long slowest = events.stream()
                    .filter(e -> e.endNanos() >= from && e.endNanos() < from + 5_000_000_000L)
                    .mapToLong(StepTimes.Event::nanos)
                    .max()
                    .orElse(0);
            windows.append(String.format(
                    "%n    %5.0f s: %4d requests, %4d failed, slowest %6.0f ms",
                    (w - start) / 1e9, requests, failed, slowest / 1e6));
        }
        System.out.printf(
                "BENCH outage | every 5 s (database stopped at %.0f s, back at %.0f s):%s%n",
                (stopped - start) / 1e9, (back - start) / 1e9, windows);
    }

    private static void checkNothingLost(String jdbcUrl, ConcurrentLinkedQueue<PersistentLearner> learners)
            throws Exception {
        int confirmedLessons = 0;
        int confirmedAnswers = 0;
        int confirmedQuizzes = 0;
        int missingLessons = 0;
        int missingAnswers = 0;
        int missingQuizzes = 0;
        try (Connection db = DriverManager.getConnection(jdbcUrl)) {
            for (PersistentLearner learner : learners) {
                int lessons = count(
                        db,
                        "select count(*) from learning_lesson_progress p join learning_enrolment e"
                                + " on e.id = p.enrolment_id join identity_user u on u.id = e.user_id"
                                + " where u.username = ? and p.completed_at is not null",
                        learner.username);
                int answers = count(
                        db,
                        "select count(*) from learning_answer a join learning_attempt t on t.id ="
                                + " a.attempt_id join identity_user u on u.id = t.user_id where u.username = ?",
                        learner.username);
                int quizzes = count(
                        db,
                        "select count(*) from learning_attempt t join identity_user u on u.id = t.user_id"
                                + " where u.username = ? and t.submitted_at is not null",
                        learner.username);
                confirmedLessons += learner.completedLessons;
                confirmedAnswers += learner.savedAnswers.size();
                confirmedQuizzes += learner.gradedQuizzes;
                missingLessons += Math.max(0, learner.completedLessons - lessons);
                missingAnswers += Math.max(0, learner.savedAnswers.size() - answers);
                missingQuizzes += Math.max(0, learner.gradedQuizzes - quizzes);
            }
        }
        System.out.printf(
                "BENCH outage | confirmed to learners: %d lesson completions, %d answers, %d graded quizzes;"
                        + " missing from the database afterwards: %d, %d, %d%n",
                confirmedLessons, confirmedAnswers, confirmedQuizzes, missingLessons, missingAnswers, missingQuizzes);
    }

    private static int count(Connection db, String sql, String username) throws Exception {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, username);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
