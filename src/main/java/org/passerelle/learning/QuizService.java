package org.passerelle.learning;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.passerelle.assessment.Grading;
import org.passerelle.assessment.Response;
import org.passerelle.catalog.Catalog;
import org.passerelle.catalog.ModuleContent;
import org.passerelle.catalog.PublishedVersion;
import org.passerelle.catalog.QuizContent;
import org.passerelle.identity.SignedInUser;
import org.passerelle.shared.Language;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Quiz attempts of the signed-in learner: started with a server-side clock, answers saved one by one as
 * given, graded once on the server. An attempt past its deadline is graded with what was saved.
 */
@Service
@PreAuthorize("hasRole('LEARNER')")
public class QuizService {

    private final Enrolments enrolments;
    private final Attempts attempts;
    private final AttemptAnswers answers;
    private final Catalog catalog;
    private final Progression progression;
    private final CoursePages pages;
    private final JsonMapper json;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    @PersistenceContext
    private EntityManager entityManager;

    QuizService(
            Enrolments enrolments,
            Attempts attempts,
            AttemptAnswers answers,
            Catalog catalog,
            Progression progression,
            CoursePages pages,
            JsonMapper json,
            Clock clock) {
        this.enrolments = enrolments;
        this.attempts = attempts;
        this.answers = answers;
        this.catalog = catalog;
        this.progression = progression;
        this.pages = pages;
        this.json = json;
        this.clock = clock;
    }

    /** The quiz page before an attempt: rules, attempts so far, whether one may start or resume. */
    @Transactional
    public Optional<QuizOverview> overview(String courseId, String module, Language reader) {
        Optional<Enrolment> enrolment = enrolments.findByUserIdAndCourseId(SignedInUser.requireId(), courseId);
        if (enrolment.isEmpty()) {
            return Optional.empty();
        }
        PublishedVersion version = catalog.version(enrolment.get().versionId()).orElseThrow();
        Optional<ModuleContent> found = quizModule(version, module);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        QuizContent quiz = found.get().quiz();
        List<Attempt> list = closeExpired(attempts.ofQuiz(enrolment.get().id(), module));
        ShownLanguage shown = ShownLanguage.of(version.content(), reader);
        QuizRules rules = rules(version, module);
        BigDecimal best = list.stream()
                .map(Attempt::score)
                .filter(Objects::nonNull)
                .max(BigDecimal::compareTo)
                .orElse(null);
        Long open =
                list.stream().filter(Attempt::open).map(Attempt::id).findFirst().orElse(null);
        return Optional.of(new QuizOverview(
                courseId,
                module,
                shown.text(found.get().title()),
                shown.language(),
                quiz.draw() > 0 ? Math.min(quiz.draw(), quiz.questionCount()) : quiz.questionCount(),
                rules.passingScore(),
                rules.attemptsAllowed(),
                rules.timeLimitMinutes(),
                list.stream()
                        .filter(attempt -> !attempt.open())
                        .map(attempt -> new QuizOverview.Past(
                                attempt.id(),
                                attempt.number(),
                                attempt.score(),
                                attempt.passed(),
                                attempt.submittedAt()))
                        .toList(),
                best,
                best != null && rules.passes(best),
                open,
                open != null || rules.allowsAnother(list.size())));
    }

    /** Starts an attempt, or returns the one in progress: there is never more than one open. */
    @Transactional
    public AttemptPage start(String courseId, String module, Language reader) {
        Enrolment enrolment = enrolments
                .lock(SignedInUser.requireId(), courseId)
                .flatMap(enrolments::findById)
                .orElseThrow(() -> new NoSuchStep(courseId));
        PublishedVersion version = catalog.version(enrolment.versionId()).orElseThrow();
        QuizContent quiz = quizModule(version, module)
                .orElseThrow(() -> new NoSuchStep(module))
                .quiz();
        List<Attempt> list = closeExpired(attempts.ofQuiz(enrolment.id(), module));
        Optional<Attempt> open = list.stream().filter(Attempt::open).findFirst();
        if (open.isPresent()) {
            return page(open.get(), version, reader, Map.of());
        }
        QuizRules rules = rules(version, module);
        if (!rules.allowsAnother(list.size())) {
            throw new NoAttemptLeft(module);
        }
        ShownLanguage shown = ShownLanguage.of(version.content(), reader);
        QuizQuestions questions =
                new QuizQuestions(quiz, shown.language(), version.content().defaultLanguage());
        Plan plan = Plan.draw(quiz, questions.bank(), random);
        Instant now = clock.instant();
        Attempt attempt = attempts.save(new Attempt(
                enrolment.id(),
                enrolment.userId(),
                module,
                list.size() + 1,
                shown.language().code(),
                now,
                rules.deadline(now).orElse(null),
                json.writeValueAsString(plan)));
        return page(attempt, version, reader, Map.of());
    }

    /** The learner's open attempt with the answers saved so far, from any device. */
    @Transactional
    public AttemptPage resume(long attemptId, Language reader) {
        Attempt attempt = own(attempts.findById(attemptId), attemptId);
        if (attempt.open() && attempt.pastDeadline(clock.instant())) {
            grade(attempt);
        }
        if (!attempt.open()) {
            throw new AttemptClosed(attemptId);
        }
        Map<String, Response> saved = new HashMap<>();
        answers.ofAttempt(attemptId).forEach(answer -> saved.put(answer.questionId(), new Response(answer.response())));
        Enrolment enrolment = enrolments.findById(attempt.enrolmentId()).orElseThrow();
        return page(attempt, catalog.version(enrolment.versionId()).orElseThrow(), reader, saved);
    }

    /** Saves one answer as given; refused once the attempt is graded or past its deadline. */
    @Transactional
    public Instant save(long attemptId, String questionId, Response response) {
        Attempt attempt = own(attempts.findById(attemptId), attemptId);
        if (!plan(attempt).has(questionId)) {
            throw new NoSuchStep(questionId);
        }
        Instant now = clock.instant();
        if (answers.save(attemptId, attempt.userId(), questionId, response.value(), now) == 0) {
            throw new AttemptClosed(attemptId);
        }
        return now;
    }

    /** Grades the attempt once; submitting it again (a double click, another tab) returns the same result. */
    @Transactional
    public AttemptResult submit(long attemptId, Language reader) {
        if (attempts.lockWithEnrolment(attemptId).isEmpty()) {
            throw new NoSuchStep("attempt " + attemptId);
        }
        Attempt attempt = own(attempts.findById(attemptId), attemptId);
        if (!attempt.open()) {
            return result(attemptId, reader);
        }
        Enrolment enrolment = enrolments.findById(attempt.enrolmentId()).orElseThrow();
        return grade(attempt, enrolment).result(reader, attempt.number());
    }

    /** A graded attempt of the learner's, with what the quiz's settings allow them to see. */
    @Transactional
    public AttemptResult result(long attemptId, Language reader) {
        Attempt attempt = own(attempts.findById(attemptId), attemptId);
        if (attempt.open() && attempt.pastDeadline(clock.instant())) {
            return grade(attempt).result(reader, attempt.number());
        }
        if (attempt.open()) {
            throw new NoSuchStep("result of open attempt " + attemptId);
        }
        Enrolment enrolment = enrolments.findById(attempt.enrolmentId()).orElseThrow();
        PublishedVersion version = catalog.version(enrolment.versionId()).orElseThrow();
        Map<String, AttemptAnswer> given = new HashMap<>();
        answers.ofAttempt(attemptId).forEach(answer -> given.put(answer.questionId(), answer));
        int used = attempts.ofQuiz(enrolment.id(), attempt.quiz()).size();
        return new Grade(attempt, enrolment, version, given).result(reader, used);
    }

    /** An attempt with everything needed to grade it or show its result. */
    private final class Grade {
        final Attempt attempt;
        final Enrolment enrolment;
        final PublishedVersion version;
        final QuizContent quiz;
        final QuizQuestions questions;
        final Map<String, AttemptAnswer> given;

        Grade(Attempt attempt, Enrolment enrolment, PublishedVersion version, Map<String, AttemptAnswer> given) {
            this.attempt = attempt;
            this.enrolment = enrolment;
            this.version = version;
            this.quiz = quizModule(version, attempt.quiz()).orElseThrow().quiz();
            this.questions = questions(quiz, attempt, version);
            this.given = given;
        }

        /** Where the learner goes on from the result, as the course page's Continue: the next unfinished step. */
        @Nullable
        StepRef next(ShownLanguage shown) {
            String key = enrolment.nextStep();
            return key == null
                    ? null
                    : CoursePath.of(version.content())
                            .step(key)
                            .map(step -> pages.ref(version, step, shown))
                            .orElse(null);
        }

        AttemptResult result(Language reader, int attemptsUsed) {
            boolean showCorrect = quiz.showCorrectAnswers().shownAfter(attempt.passed());
            QuizRules rules = rules(version, attempt.quiz());
            List<AttemptResult.Question> results = new ArrayList<>();
            for (Plan.Planned planned : plan(attempt).questions()) {
                AttemptAnswer answer = given.get(planned.id());
                results.add(questions.result(
                        planned,
                        new Response(answer == null ? "" : answer.response()),
                        answer == null ? null : answer.fraction(),
                        showCorrect));
            }
            ShownLanguage shown = ShownLanguage.of(version.content(), reader);
            return new AttemptResult(
                    attempt.id(),
                    enrolment.courseId(),
                    attempt.quiz(),
                    shown.text(quizModule(version, attempt.quiz()).orElseThrow().title()),
                    attempt.number(),
                    attempt.score(),
                    attempt.passed(),
                    rules.passingScore(),
                    attempt.submittedAt(),
                    showCorrect,
                    rules.attemptsLeft(attemptsUsed),
                    enrolment.completedAt() != null,
                    Language.ofCode(attempt.language()).orElse(shown.language()),
                    next(shown),
                    results);
        }
    }

    /**
     * Closes and grades attempts past their deadline that nobody came back to, so that progress, scores and
     * completions are true without waiting for the learner. Run by the platform itself, not by a person.
     */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public int closeExpiredAttempts() {
        List<Attempt> expired = attempts.pastDeadline(clock.instant(), PageRequest.of(0, 200));
        expired.forEach(this::grade);
        return expired.size();
    }

    /** Locks an attempt loaded earlier in the transaction, re-reads it and its enrolment, and grades it. */
    private Grade grade(Attempt loaded) {
        attempts.lockWithEnrolment(loaded.id());
        entityManager.refresh(loaded);
        Enrolment enrolment = enrolments.findById(loaded.enrolmentId()).orElseThrow();
        entityManager.refresh(enrolment);
        return grade(loaded, enrolment);
    }

    /**
     * Grades an open attempt with the answers saved. Both must be locked and current, so an attempt is
     * graded once however many requests race; a graded one is left as it is.
     */
    private Grade grade(Attempt attempt, Enrolment enrolment) {
        PublishedVersion version = catalog.version(enrolment.versionId()).orElseThrow();
        Map<String, AttemptAnswer> given = new HashMap<>();
        answers.ofAttempt(attempt.id()).forEach(answer -> given.put(answer.questionId(), answer));
        Grade grade = new Grade(attempt, enrolment, version, given);
        if (!attempt.open()) {
            return grade;
        }
        Instant now = clock.instant();
        Plan plan = plan(attempt);
        List<BigDecimal> fractions = new ArrayList<>();
        List<AttemptAnswer> unanswered = new ArrayList<>();
        for (Plan.Planned planned : plan.questions()) {
            AttemptAnswer answer = given.get(planned.id());
            if (answer == null) {
                answer = new AttemptAnswer(attempt.id(), planned.id(), now);
                unanswered.add(answer);
                given.put(planned.id(), answer);
            }
            BigDecimal fraction = Grading.grade(
                            grade.questions.get(planned.id()),
                            new Response(answer.response()),
                            grade.questions.everyVersionOf(planned.id()))
                    .fraction();
            answer.graded(fraction);
            fractions.add(fraction);
        }
        answers.saveAll(unanswered);
        BigDecimal score = QuizRules.score(fractions);
        attempt.grade(score, rules(version, attempt.quiz()).passes(score), now);
        progression.recompute(enrolment, CoursePath.of(version.content()));
        return grade;
    }

    private List<Attempt> closeExpired(List<Attempt> list) {
        Instant now = clock.instant();
        list.stream()
                .filter(attempt -> attempt.open() && attempt.pastDeadline(now))
                .forEach(this::grade);
        return list;
    }

    private AttemptPage page(Attempt attempt, PublishedVersion version, Language reader, Map<String, Response> saved) {
        QuizContent quiz = quizModule(version, attempt.quiz()).orElseThrow().quiz();
        QuizQuestions questions = questions(quiz, attempt, version);
        ShownLanguage shown = ShownLanguage.of(version.content(), reader);
        return new AttemptPage(
                attempt.id(),
                version.courseId(),
                attempt.quiz(),
                shown.text(quizModule(version, attempt.quiz()).orElseThrow().title()),
                attempt.number(),
                attempt.deadlineAt(),
                Language.ofCode(attempt.language()).orElse(shown.language()),
                plan(attempt).questions().stream().map(questions::asked).toList(),
                Map.copyOf(saved));
    }

    /** Questions are shown in the language the attempt started in: its plan and answers stay coherent. */
    private static QuizQuestions questions(QuizContent quiz, Attempt attempt, PublishedVersion version) {
        Language language =
                Language.ofCode(attempt.language()).orElse(version.content().defaultLanguage());
        return new QuizQuestions(quiz, language, version.content().defaultLanguage());
    }

    private Plan plan(Attempt attempt) {
        return json.readValue(attempt.plan(), new TypeReference<Plan>() {});
    }

    private static Attempt own(Optional<Attempt> attempt, long attemptId) {
        long user = SignedInUser.requireId();
        // Someone else's attempt is refused exactly like one that does not exist.
        return attempt.filter(a -> a.userId() == user).orElseThrow(() -> new NoSuchStep("attempt " + attemptId));
    }

    private static Optional<ModuleContent> quizModule(PublishedVersion version, String module) {
        return version.content().modules().stream()
                .filter(m -> m.folder().equals(module) && m.quiz() != null)
                .findFirst();
    }

    private static QuizRules rules(PublishedVersion version, String module) {
        return QuizRules.of(
                quizModule(version, module).orElseThrow().quiz(),
                CoursePath.of(version.content())
                        .step(CoursePath.quizKey(module))
                        .orElseThrow()
                        .passingScore());
    }
}
