package org.passerelle.learning.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import org.passerelle.learning.LearningService;
import org.passerelle.learning.LessonPage;
import org.passerelle.learning.StepRef;
import org.passerelle.shared.Language;
import org.passerelle.shared.ui.UiLanguage;

/**
 * A lesson: its text, its materials with their sizes (so the learner can judge the data cost), previous and
 * next, and "Mark as completed and continue". Reading time is noted on the server when the learner leaves,
 * without any request of its own.
 */
@Route("course/:courseId/lesson/:module/:lesson")
@RolesAllowed("LEARNER")
public class LessonView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LearningService learning;
    private String courseId;
    private String module;
    private String lesson;
    private Language reader;
    private String title = "";
    private Instant openedAt;

    public LessonView(LearningService learning) {
        this.learning = learning;
        addClassName("page");
        addClassName("lesson");
        setId(LearningIds.LESSON);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String nextCourse = event.getRouteParameters().get("courseId").orElse("");
        String nextModule = event.getRouteParameters().get("module").orElse("");
        String nextLesson = event.getRouteParameters().get("lesson").orElse("");
        if (openedAt != null && nextCourse.equals(courseId) && nextModule.equals(module) && nextLesson.equals(lesson)) {
            // The same lesson again (the skip link's "#content" is a navigation too): it stays as it is, with the
            // reader's place and focus.
            return;
        }
        // Going from one lesson to the next keeps this view: the time on the previous one is told now.
        noteReadingTime();
        courseId = nextCourse;
        module = nextModule;
        lesson = nextLesson;
        reader = UiLanguage.current(UI.getCurrent());
        LessonPage page = learning.openLesson(courseId, module, lesson, reader).orElse(null);
        if (page == null) {
            if (learning.course(courseId, reader).isPresent()) {
                event.forwardTo(CoursePageView.class, CourseLinks.ofCourse(courseId));
            } else {
                event.rerouteToError(NotFoundException.class);
            }
            return;
        }
        show(page);
        openedAt = Instant.now();
    }

    private void show(LessonPage page) {
        title = page.title();
        LessonBody.show(this, page, StepLinks.LEARNER, this::complete);
    }

    private void complete() {
        int seconds = secondsSinceOpened();
        openedAt = Instant.now();
        StepRef next = learning.completeLesson(courseId, module, lesson, seconds, reader)
                .orElse(null);
        CourseLinks.open(courseId, next);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        noteReadingTime();
    }

    private void noteReadingTime() {
        int seconds = secondsSinceOpened();
        openedAt = null;
        if (seconds > 0 && courseId != null) {
            try {
                learning.spentTime(courseId, module, lesson, seconds);
            } catch (RuntimeException e) {
                // Reading time is approximate; a session that ended is no reason to fail.
            }
        }
    }

    private int secondsSinceOpened() {
        return openedAt == null
                ? 0
                : (int) Math.min(
                        Integer.MAX_VALUE,
                        Duration.between(openedAt, Instant.now()).toSeconds());
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
