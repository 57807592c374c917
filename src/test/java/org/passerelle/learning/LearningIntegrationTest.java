package org.passerelle.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.groups.Tuple;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.PasserelleTest;
import org.passerelle.SignedIn;
import org.passerelle.TestEnvironment;
import org.passerelle.assessment.Response;
import org.passerelle.catalog.CourseImport;
import org.passerelle.identity.AccountDetails;
import org.passerelle.identity.Role;
import org.passerelle.identity.SignedInUser;
import org.passerelle.identity.UserAdministration;
import org.passerelle.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A learner's progress against the real database: pinned versions, durable answers, exactly-once grading. */
@PasserelleTest
class LearningIntegrationTest {

    @Autowired
    LearningService learning;

    @Autowired
    QuizService quizzes;

    @Autowired
    CourseImport courseImport;

    @Autowired
    UserDetailsService users;

    @Autowired
    SignedIn signedIn;

    @Autowired
    MutableClock clock;

    @Autowired
    CompletionsHeard heard;

    @Autowired
    DeadlineSweeper sweeper;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    UserAdministration administration;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void anEnrolmentStaysOnTheVersionTheLearnerStartedEvenAfterANewOne() throws Exception {
        as("learner");
        learning.enrol("course-01");
        Files.writeString(
                TestEnvironment.COURSES.resolve("course-01/01-intro/01-one.en.md"),
                "---\ntitle: One, revised\nminutes: 5\n---\nNew text.\n");
        as("admin");
        courseImport.reload();

        as("learner");
        assertThat(learning.course("course-01", Language.EN).orElseThrow().versionNumber())
                .isEqualTo(1);
        assertThat(learning.openLesson("course-01", "01-intro", "01-one", Language.EN)
                        .orElseThrow()
                        .html())
                .contains("First lesson.");
        as("apprenant");
        learning.enrol("course-01");
        assertThat(learning.openLesson("course-01", "01-intro", "01-one", Language.EN)
                        .orElseThrow()
                        .title())
                .isEqualTo("One, revised");
    }

    @Test
    void lessonsAndAPassedQuizCompleteTheCourseAtOnceAndPublishOneDurableEvent() {
        as("learner");
        learning.enrol("course-02");
        learning.enrol("course-02");
        assertThat(learning.course("course-02", Language.EN)
                        .orElseThrow()
                        .next()
                        .lesson())
                .isEqualTo("01-one");

        learning.openLesson("course-02", "01-intro", "01-one", Language.EN);
        learning.spentTime("course-02", "01-intro", "01-one", 100);
        learning.completeLesson("course-02", "01-intro", "01-one", 60, Language.EN);
        assertThat(learning.myLearning(Language.EN).stream()
                        .filter(course -> course.courseId().equals("course-02"))
                        .findFirst()
                        .orElseThrow()
                        .next())
                .as("My learning names the next step, for its Continue button")
                .extracting(StepRef::lesson, StepRef::title)
                .containsExactly("02-two", "Two");
        assertThat(jdbc.queryForObject(
                        "select p.seconds_spent from learning_lesson_progress p join learning_enrolment e"
                                + " on e.id = p.enrolment_id where e.course_id = 'course-02' and p.step = '01-intro/01-one'",
                        Integer.class))
                .as("reading time, told when leaving and when completing")
                .isEqualTo(160);
        assertThat(learning.completeLesson("course-02", "01-intro", "02-two", 60, Language.EN))
                .hasValueSatisfying(next -> assertThat(next.quiz()).isTrue());
        AttemptResult result = passQuiz("course-02");

        assertThat(result.passed()).isTrue();
        assertThat(result.score()).isEqualByComparingTo("100");
        assertThat(result.courseCompleted()).isTrue();
        assertThat(result.next()).as("no step left to continue with").isNull();
        MyCourse mine = learning.myLearning(Language.EN).stream()
                .filter(course -> course.courseId().equals("course-02"))
                .findFirst()
                .orElseThrow();
        assertThat(mine.completedAt()).isNotNull();
        assertThat(mine.score()).isEqualByComparingTo("100");
        assertThat(mine.percent()).isEqualTo(100);
        await().atMost(Duration.ofSeconds(10)).until(() -> heard("course-02") == 1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from event_publication where completion_date is not null"
                                        + " and serialized_event like '%course-02%' and listener_id like '%CompletionsHeard%'",
                                Integer.class)
                        == 1);
    }

    @Test
    void aPassedQuizLeadsOnToTheNextUnfinishedStepAndAllowsAnotherAttempt() {
        as("learner");
        learning.enrol("course-11");
        AttemptPage page = quizzes.start("course-11", "01-intro", Language.EN);
        AttemptPage.Question letters = page.questions().stream()
                .filter(question -> question.id().equals("q2"))
                .findFirst()
                .orElseThrow();
        assertThat(letters.html()).as("a text that can be a heading").isEqualTo("Pick the letter a.");
        assertThat(letters.options())
                .extracting(AttemptPage.Option::html)
                .as("choices that sit in a label, without a paragraph around them")
                .containsExactlyInAnyOrder("a", "b", "c");
        LearningCourses.RIGHT.forEach((question, response) -> quizzes.save(page.attemptId(), question, response));

        AttemptResult result = quizzes.submit(page.attemptId(), Language.EN);

        assertThat(result.passed()).isTrue();
        assertThat(result.courseCompleted()).isFalse();
        assertThat(result.next())
                .as("the lessons skipped before the quiz come next")
                .isEqualTo(new StepRef("course-11", "01-intro", "01-one", "One"));
        assertThat(result.mayRetry())
                .as("an attempt left: allowed after passing")
                .isTrue();
        assertThat(quizzes.result(page.attemptId(), Language.EN).next())
                .as("the same when the result is opened again")
                .isEqualTo(result.next());
    }

    @Test
    void aFailedQuizCanBeRetriedUntilTheAttemptsRunOut() {
        as("learner");
        learning.enrol("course-03");
        for (int attempt = 1; attempt <= 3; attempt++) {
            AttemptPage page = quizzes.start("course-03", "01-intro", Language.EN);
            assertThat(page.number()).isEqualTo(attempt);
            quizzes.save(page.attemptId(), "q1", Response.truth(false));
            AttemptResult result = quizzes.submit(page.attemptId(), Language.EN);
            assertThat(result.passed()).isFalse();
            assertThat(result.attemptsLeft()).hasValue(3 - attempt);
            assertThat(result.mayRetry()).isEqualTo(attempt < 3);
        }
        QuizOverview overview =
                quizzes.overview("course-03", "01-intro", Language.EN).orElseThrow();
        assertThat(overview.canStart()).isFalse();
        assertThat(overview.attempts()).hasSize(3);
        assertThatThrownBy(() -> quizzes.start("course-03", "01-intro", Language.EN))
                .isInstanceOf(NoAttemptLeft.class);
    }

    @Test
    void answersAreThereOnResumeAndAnotherLearnerCannotTouchTheAttempt() {
        as("learner");
        learning.enrol("course-04");
        AttemptPage page = quizzes.start("course-04", "01-intro", Language.EN);
        quizzes.save(page.attemptId(), "q1", Response.truth(true));
        quizzes.save(page.attemptId(), "q4", Response.text("Paris"));
        quizzes.save(page.attemptId(), "q4", Response.text("Lyon"));

        AttemptPage resumed = quizzes.resume(page.attemptId(), Language.EN);
        assertThat(resumed.saved())
                .containsEntry("q1", Response.truth(true))
                .containsEntry("q4", Response.text("Lyon"));
        assertThat(resumed.questions())
                .extracting(AttemptPage.Question::id)
                .isEqualTo(
                        page.questions().stream().map(AttemptPage.Question::id).toList());
        assertThat(quizzes.start("course-04", "01-intro", Language.EN).attemptId())
                .as("starting again resumes the open attempt")
                .isEqualTo(page.attemptId());

        as("apprenant");
        long id = page.attemptId();
        assertThatThrownBy(() -> quizzes.resume(id, Language.EN)).isInstanceOf(NoSuchStep.class);
        assertThatThrownBy(() -> quizzes.save(id, "q1", Response.truth(false))).isInstanceOf(NoSuchStep.class);
        assertThatThrownBy(() -> quizzes.submit(id, Language.EN)).isInstanceOf(NoSuchStep.class);
        assertThatThrownBy(() -> quizzes.result(id, Language.EN)).isInstanceOf(NoSuchStep.class);
        as("learner");
        assertThat(quizzes.resume(id, Language.EN).saved()).containsEntry("q1", Response.truth(true));
    }

    @Test
    void aDoubleClickAndTwoTabsSubmittingTogetherGradeTheAttemptOnce() throws Exception {
        as("learner");
        learning.enrol("course-05");
        learning.completeLesson("course-05", "01-intro", "01-one", 0, Language.EN);
        learning.completeLesson("course-05", "01-intro", "02-two", 0, Language.EN);
        AttemptPage page = quizzes.start("course-05", "01-intro", Language.EN);
        LearningCourses.RIGHT.forEach((question, response) -> quizzes.save(page.attemptId(), question, response));

        List<AttemptResult> results = together(4, () -> quizzes.submit(page.attemptId(), Language.EN));

        assertThat(results)
                .extracting(AttemptResult::score)
                .allSatisfy(score -> assertThat(score).isEqualByComparingTo("100"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from learning_attempt where id = ? and submitted_at is not null",
                        Integer.class,
                        page.attemptId()))
                .isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> heard("course-05") == 1);
        assertThatThrownBy(() -> quizzes.save(page.attemptId(), "q1", Response.truth(false)))
                .as("a replayed answer after grading")
                .isInstanceOf(AttemptClosed.class);
        assertThat(quizzes.result(page.attemptId(), Language.EN).score()).isEqualByComparingTo("100");
    }

    @Test
    void twoRacingCompletionsOfTheLastLessonCompleteTheCourseOnce() throws Exception {
        as("learner");
        learning.enrol("course-06");
        learning.completeLesson("course-06", "01-intro", "01-one", 0, Language.EN);
        passQuiz("course-06");

        together(4, () -> learning.completeLesson("course-06", "01-intro", "02-two", 30, Language.EN));

        assertThat(jdbc.queryForObject(
                        "select count(*) from learning_lesson_progress p join learning_enrolment e on e.id = p.enrolment_id"
                                + " where e.course_id = 'course-06' and p.step = '01-intro/02-two'",
                        Integer.class))
                .isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> heard("course-06") == 1);
        assertThat(learning.course("course-06", Language.EN).orElseThrow().completedAt())
                .isNotNull();
    }

    @Test
    void anAttemptPastItsDeadlineIsClosedAndGradedWithWhatWasSaved() {
        as("learner");
        learning.enrol("course-07");
        Instant before = clock.instant();
        AttemptPage page = quizzes.start("course-07", "01-intro", Language.EN);
        assertThat(page.deadline())
                .isBetween(before.plus(Duration.ofMinutes(10)), clock.instant().plus(Duration.ofMinutes(10)));
        quizzes.save(page.attemptId(), "q1", Response.truth(true));

        clock.advance(Duration.ofMinutes(11));
        assertThatThrownBy(() -> quizzes.save(page.attemptId(), "q2", Response.choices(List.of(0))))
                .isInstanceOf(AttemptClosed.class);

        QuizOverview overview =
                quizzes.overview("course-07", "01-intro", Language.EN).orElseThrow();
        assertThat(overview.openAttempt()).isNull();
        assertThat(overview.attempts()).singleElement().satisfies(past -> {
            assertThat(past.score()).isEqualByComparingTo("10");
            assertThat(past.passed()).isFalse();
        });
    }

    @Test
    void theSweeperGradesAnAttemptWhoseLearnerNeverCameBack() {
        as("learner");
        learning.enrol("course-10");
        AttemptPage page = quizzes.start("course-10", "01-intro", Language.EN);
        quizzes.save(page.attemptId(), "q1", Response.truth(true));
        quizzes.save(page.attemptId(), "q9", Response.truth(false));
        signedIn.out();

        clock.advance(Duration.ofMinutes(11));
        sweeper.sweep();

        assertThat(jdbc.queryForObject(
                        "select score from learning_attempt where id = ? and open_flag is null",
                        BigDecimal.class,
                        page.attemptId()))
                .isEqualByComparingTo("20");
        as("learner");
        assertThatThrownBy(quizzes::closeExpiredAttempts)
                .as("only the platform itself runs the sweep")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aQuizThatNeverShowsItsAnswersSendsNoFeedbackEvenAfterGrading() {
        as("apprenant");
        learning.enrol("course-29");
        AttemptPage page = quizzes.start("course-29", "01-intro", Language.EN);
        quizzes.save(page.attemptId(), "q2", Response.choices(List.of(1)));
        AttemptResult result = quizzes.submit(page.attemptId(), Language.EN);

        assertThat(result.showCorrect()).isFalse();
        assertThat(result.questions()).allSatisfy(question -> {
            assertThat(question.correct()).isNull();
            assertThat(question.feedback()).isEmpty();
            assertThat(question.generalFeedback()).isNull();
        });
        assertThat(result.questions())
                .filteredOn(q -> q.question().id().equals("q2"))
                .singleElement()
                .satisfies(q -> assertThat(q.right()).isFalse());
    }

    @Test
    void aCourseClosedToSelfEnrolmentRefusesALearnerButNotAnAdministrator() {
        as("learner");
        assertThat(learning.course("course-30", Language.EN).orElseThrow().canEnrol())
                .isFalse();
        assertThatThrownBy(() -> learning.enrol("course-30")).isInstanceOf(AccessDeniedException.class);
        as("admin");
        assertThat(learning.enrolPeople("course-30", List.of("learner")))
                .extracting(LearningService.Enrolled::outcome)
                .containsExactly(LearningService.Enrolled.Outcome.ENROLLED);
    }

    @Test
    void anAdministratorEnrolsSomeoneButALearnerCannotEnrolOthers() {
        as("apprenant");
        long apprenant = SignedInUser.requireId();
        assertThatThrownBy(() -> learning.enrol(apprenant, "course-08")).isInstanceOf(AccessDeniedException.class);

        as("admin");
        assertThat(learning.enrolPeople("course-08", List.of(" Apprenant ", "nobody@example.org", "", "learner")))
                .extracting(LearningService.Enrolled::person, LearningService.Enrolled::outcome)
                .containsExactly(
                        Tuple.tuple("Apprenant", LearningService.Enrolled.Outcome.ENROLLED),
                        Tuple.tuple("nobody@example.org", LearningService.Enrolled.Outcome.UNKNOWN_PERSON),
                        Tuple.tuple("learner", LearningService.Enrolled.Outcome.ENROLLED));
        assertThat(learning.enrol(apprenant, "course-08")).isFalse();

        as("apprenant");
        assertThat(learning.myLearning(Language.FR))
                .extracting(MyCourse::courseId)
                .contains("course-08");
        as("instructor");
        assertThatThrownBy(() -> learning.myLearning(Language.EN)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void eachLearnerActionUsesAFewStatementsWhateverTheNumberOfCourses() {
        as("admin");
        String username = "counted-" + UUID.randomUUID().toString().substring(0, 8);
        administration.create(new AccountDetails(
                username,
                "Counted Learner",
                username + "@example.org",
                "KE",
                Language.EN,
                Set.of(Role.LEARNER),
                "a long enough password"));
        as(username);
        learning.enrol("course-09");
        learning.openLesson("course-09", "01-intro", "01-one", Language.EN);
        learning.completeLesson("course-09", "01-intro", "01-one", 40, Language.EN);

        long openLesson = statements(() -> learning.openLesson("course-09", "01-intro", "02-two", Language.EN));
        long completeLesson =
                statements(() -> learning.completeLesson("course-09", "01-intro", "02-two", 40, Language.EN));
        AttemptPage page = quizzes.start("course-09", "01-intro", Language.EN);
        long saveAnswer = statements(() -> quizzes.save(page.attemptId(), "q1", Response.truth(true)));
        LearningCourses.RIGHT.forEach((question, response) -> quizzes.save(page.attemptId(), question, response));
        long submit = statements(
                () -> assertThat(quizzes.submit(page.attemptId(), Language.EN).courseCompleted())
                        .as("the submit that completes the course, event included")
                        .isTrue());

        as("admin");
        long id = SignedInUserIds.of(users, username);
        for (int i = 11; i <= 30; i++) {
            learning.enrol(id, "course-%02d".formatted(i));
        }
        as(username);
        List<MyCourse> mine = learning.myLearning(Language.EN);
        long myLearning = statements(() -> learning.myLearning(Language.EN));

        System.out.printf(
                "SQL statements | open a lesson %d | complete a lesson %d | save an answer %d | submit a %d-question quiz %d"
                        + " | My learning with %d enrolments %d%n",
                openLesson, completeLesson, saveAnswer, page.questions().size(), submit, mine.size(), myLearning);
        assertThat(mine).hasSize(21);
        assertThat(page.questions()).hasSize(10);
        assertThat(openLesson).isLessThanOrEqualTo(6);
        assertThat(saveAnswer).isLessThanOrEqualTo(3);
        assertThat(submit).isLessThanOrEqualTo(12);
        assertThat(myLearning).isLessThanOrEqualTo(6);
    }

    private long statements(Runnable action) {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        // Counted for this action only: the application the tests share does not pay for statistics otherwise.
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            action.run();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    private AttemptResult passQuiz(String courseId) {
        AttemptPage page = quizzes.start(courseId, "01-intro", Language.EN);
        LearningCourses.RIGHT.forEach((question, response) -> quizzes.save(page.attemptId(), question, response));
        return quizzes.submit(page.attemptId(), Language.EN);
    }

    private long heard(String courseId) {
        return heard.events().stream()
                .filter(event -> event.courseId().equals(courseId))
                .count();
    }

    private <T> List<T> together(int times, Callable<T> action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                futures.add(pool.submit(signedIn.carried(action)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private void as(String username) {
        signedIn.as(username);
    }
}
