package org.passerelle.learning;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.passerelle.catalog.Catalog;
import org.passerelle.catalog.CourseMedia;
import org.passerelle.catalog.MediaAddresses;
import org.passerelle.catalog.PublishedVersion;
import org.passerelle.identity.SignedInUser;
import org.passerelle.identity.UserAdministration;
import org.passerelle.identity.UserSummary;
import org.passerelle.shared.Language;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's own courses: enrolling, the course page, reading lessons and completing them, My learning.
 * Every method works on the signed-in learner's enrolments only.
 */
@Service
@PreAuthorize("hasRole('LEARNER')")
public class LearningService {

    /** Longest reading time counted for one visit to a lesson: a tab left open overnight is not reading. */
    static final int MAX_SECONDS_PER_VISIT = 2 * 60 * 60;

    private final Enrolments enrolments;
    private final LessonProgresses lessonProgress;
    private final Catalog catalog;
    private final CourseMedia media;
    private final Progression progression;
    private final CoursePages pages;
    private final Clock clock;
    private final UserAdministration accounts;
    private final EnrolmentWriter writer;
    private final LessonPages lessonPages;

    LearningService(
            Enrolments enrolments,
            LessonProgresses lessonProgress,
            Catalog catalog,
            CourseMedia media,
            Progression progression,
            CoursePages pages,
            Clock clock,
            UserAdministration accounts,
            EnrolmentWriter writer,
            LessonPages lessonPages) {
        this.enrolments = enrolments;
        this.lessonProgress = lessonProgress;
        this.catalog = catalog;
        this.media = media;
        this.progression = progression;
        this.pages = pages;
        this.clock = clock;
        this.accounts = accounts;
        this.writer = writer;
        this.lessonPages = lessonPages;
    }

    /** Enrols the learner in the course's current version; enrolling again changes nothing. */
    @Transactional
    public void enrol(String courseId) {
        PublishedVersion version = catalog.current(courseId).orElseThrow(() -> new NoSuchStep(courseId));
        if (!version.content().selfEnrolment()) {
            throw new AccessDeniedException("this course is open to enrolment by an administrator only");
        }
        enrolIn(SignedInUser.requireId(), version, null);
    }

    /** An administrator enrols someone; returns false when they already were. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public boolean enrol(long userId, String courseId) {
        PublishedVersion version = catalog.current(courseId).orElseThrow(() -> new NoSuchStep(courseId));
        return enrolIn(userId, version, SignedInUser.requireId());
    }

    /** What became of one person an administrator asked to enrol. */
    public record Enrolled(String person, Outcome outcome) {

        public enum Outcome {
            ENROLLED,
            ALREADY_ENROLLED,
            UNKNOWN_PERSON,
            INACTIVE_ACCOUNT
        }
    }

    /**
     * An administrator enrols people given by username or email, one per line; each line gets its outcome
     * and an unknown name changes nothing for the others.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public List<Enrolled> enrolPeople(String courseId, List<String> people) {
        PublishedVersion version = catalog.current(courseId).orElseThrow(() -> new NoSuchStep(courseId));
        long by = SignedInUser.requireId();
        List<Enrolled> outcomes = new ArrayList<>();
        for (String person : people.stream()
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .distinct()
                .toList()) {
            Optional<UserSummary> account = accounts.find(person);
            Enrolled.Outcome outcome;
            if (account.isEmpty()) {
                outcome = Enrolled.Outcome.UNKNOWN_PERSON;
            } else if (!account.get().active()) {
                outcome = Enrolled.Outcome.INACTIVE_ACCOUNT;
            } else {
                outcome = enrolIn(account.get().id(), version, by)
                        ? Enrolled.Outcome.ENROLLED
                        : Enrolled.Outcome.ALREADY_ENROLLED;
            }
            outcomes.add(new Enrolled(person, outcome));
        }
        return outcomes;
    }

    private boolean enrolIn(long userId, PublishedVersion version, @Nullable Long by) {
        return writer.enrol(userId, version, by);
    }

    /** The course page: the learner's pinned version if enrolled, else the current one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<CoursePage> course(String courseId, Language reader) {
        Optional<Enrolment> enrolment =
                SignedInUser.currentId().flatMap(user -> enrolments.findByUserIdAndCourseId(user, courseId));
        Optional<PublishedVersion> version =
                enrolment.isPresent() ? catalog.version(enrolment.get().versionId()) : catalog.current(courseId);
        return version.map(v -> pages.course(v, enrolment.orElse(null), reader));
    }

    /** Opens a lesson of a course the learner is enrolled in, and notes that they started it. */
    @Transactional
    public Optional<LessonPage> openLesson(String courseId, String module, String lesson, Language reader) {
        Optional<Enrolment> found = enrolments.findByUserIdAndCourseId(SignedInUser.requireId(), courseId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Enrolment enrolment = found.get();
        PublishedVersion version = catalog.version(enrolment.versionId()).orElseThrow();
        CoursePath path = CoursePath.of(version.content());
        String key = CoursePath.lessonKey(module, lesson);
        if (path.step(key).isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        lessonProgress.opened(enrolment.id(), key, now);
        enrolments.touch(enrolment.id(), now);
        // The outline's statuses are read once for every step; whether this lesson is completed is one of them.
        List<CoursePage.Module> outline =
                pages.modules(version, enrolment, ShownLanguage.of(version.content(), reader));
        boolean completed = outline.stream()
                .flatMap(m -> m.items().stream())
                .anyMatch(item -> module.equals(item.step().module())
                        && lesson.equals(item.step().lesson())
                        && item.status() == CoursePage.Status.COMPLETED);
        return Optional.of(lessonPage(version, enrolment, path, module, lesson, completed, outline, reader));
    }

    /** Marks a lesson completed (once, whatever happens) and returns the step to go to next. */
    @Transactional
    public Optional<StepRef> completeLesson(
            String courseId, String module, String lesson, int secondsSpent, Language reader) {
        Enrolment enrolment = enrolments
                .lock(SignedInUser.requireId(), courseId)
                .flatMap(enrolments::findById)
                .orElseThrow(() -> new NoSuchStep(courseId));
        PublishedVersion version = catalog.version(enrolment.versionId()).orElseThrow();
        CoursePath path = CoursePath.of(version.content());
        String key = CoursePath.lessonKey(module, lesson);
        if (path.step(key).isEmpty()) {
            throw new NoSuchStep(key);
        }
        lessonProgress.completed(enrolment.id(), key, clock.instant());
        if (secondsSpent > 0) {
            lessonProgress.addTime(enrolment.id(), key, Math.min(secondsSpent, MAX_SECONDS_PER_VISIT));
        }
        progression.recompute(enrolment, path);
        int index = path.indexOf(key);
        return index + 1 < path.steps().size()
                ? Optional.of(
                        pages.ref(version, path.steps().get(index + 1), ShownLanguage.of(version.content(), reader)))
                : Optional.empty();
    }

    /** Adds the time a learner spent on a lesson page, told once when they leave it. */
    @Transactional
    public void spentTime(String courseId, String module, String lesson, int seconds) {
        if (seconds <= 0) {
            return;
        }
        enrolments
                .findByUserIdAndCourseId(SignedInUser.requireId(), courseId)
                .ifPresent(enrolment -> lessonProgress.addTime(
                        enrolment.id(),
                        CoursePath.lessonKey(module, lesson),
                        Math.min(seconds, MAX_SECONDS_PER_VISIT)));
    }

    /** The learner's courses, most recently active first. */
    @Transactional(readOnly = true)
    public List<MyCourse> myLearning(Language reader) {
        List<Enrolment> mine = enrolments.findByUserIdOrderByLastActivityAtDesc(SignedInUser.requireId());
        Map<Long, String> titles = catalog.titles(
                mine.stream().map(Enrolment::versionId).distinct().toList(), reader);
        // The next step's title, for "Continue: <step>", needs the content of the courses still in progress: one read.
        Map<Long, PublishedVersion> inProgress = catalog.versions(mine.stream()
                .filter(enrolment -> enrolment.completedAt() == null && enrolment.nextStep() != null)
                .map(Enrolment::versionId)
                .distinct()
                .toList());
        List<MyCourse> courses = new ArrayList<>();
        for (Enrolment enrolment : mine) {
            courses.add(new MyCourse(
                    enrolment.courseId(),
                    titles.getOrDefault(enrolment.versionId(), enrolment.courseId()),
                    enrolment.versionNumber(),
                    enrolment.stepsDone(),
                    enrolment.stepsTotal(),
                    enrolment.lastActivityAt(),
                    enrolment.completedAt(),
                    enrolment.score(),
                    next(enrolment, inProgress.get(enrolment.versionId()), reader)));
        }
        return courses;
    }

    /** The enrolment's next step with its title in the reader's language, for "Continue: <step>". */
    private @Nullable StepRef next(Enrolment enrolment, @Nullable PublishedVersion version, Language reader) {
        String key = enrolment.nextStep();
        if (key == null || version == null) {
            return CoursePages.ref(enrolment.courseId(), key);
        }
        return CoursePath.of(version.content())
                .step(key)
                .map(step -> pages.ref(version, step, ShownLanguage.of(version.content(), reader)))
                .orElseGet(() -> CoursePages.ref(enrolment.courseId(), key));
    }

    private LessonPage lessonPage(
            PublishedVersion version,
            Enrolment enrolment,
            CoursePath path,
            String module,
            String lesson,
            boolean completed,
            List<CoursePage.Module> outline,
            Language reader) {
        return lessonPages.page(
                version,
                path,
                module,
                lesson,
                reader,
                filesOf(version),
                new LessonPages.Progress(completed, enrolment.stepsDone(), enrolment.stepsTotal(), outline));
    }

    /** The files of a published version, as they are served to learners. */
    private LessonPages.Files filesOf(PublishedVersion version) {
        return new LessonPages.Files() {
            @Override
            public String url(String module, String reference) {
                return MediaAddresses.url(version.courseId(), version.number(), module, reference);
            }

            @Override
            public Map<String, Long> sizes(Collection<String> paths) {
                Map<String, Long> sizes = new HashMap<>();
                media.describe(version.id(), paths).forEach((path, file) -> sizes.put(path, file.size()));
                return sizes;
            }
        };
    }
}
