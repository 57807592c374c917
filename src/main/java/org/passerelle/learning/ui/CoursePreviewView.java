package org.passerelle.learning.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.passerelle.learning.CoursePage;
import org.passerelle.learning.DraftPreview;

/** "Preview as learner": a draft's course page as a learner who has just enrolled sees it. */
@Route("author/:courseId/preview")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class CoursePreviewView extends DraftPreviewPage<CoursePage> {

    public CoursePreviewView(DraftPreview preview) {
        super(preview);
        setId(LearningIds.COURSE);
    }

    @Override
    DraftPreview.Preview<CoursePage> load(BeforeEnterEvent event) {
        return preview.course(courseId, reader);
    }

    @Override
    String show(CoursePage page) {
        CourseBody.show(this, page, this, CourseBody.progress(this, page, this));
        return page.title();
    }
}
