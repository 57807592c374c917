package org.passerelle.learning.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.passerelle.learning.DraftPreview;
import org.passerelle.learning.LessonPage;

/**
 * "Preview as learner": a lesson of a draft exactly as a learner reads it, its files served from the draft.
 * "Mark as completed and continue" goes on to the next step and records nothing.
 */
@Route("author/:courseId/preview/:module/:lesson")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class LessonPreviewView extends DraftPreviewPage<LessonPage> {

    public LessonPreviewView(DraftPreview preview) {
        super(preview);
        addClassName("lesson");
        setId(LearningIds.LESSON);
    }

    @Override
    DraftPreview.Preview<LessonPage> load(BeforeEnterEvent event) {
        return preview.lesson(
                courseId,
                event.getRouteParameters().get("module").orElse(""),
                event.getRouteParameters().get("lesson").orElse(""),
                reader);
    }

    @Override
    String show(LessonPage page) {
        LessonBody.show(this, page, this, () -> navigate(page.next()));
        return page.title();
    }
}
