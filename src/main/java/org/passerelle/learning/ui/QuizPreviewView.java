package org.passerelle.learning.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.passerelle.learning.DraftPreview;

/**
 * "Preview as learner": a module's quiz of a draft, its rules and every question as learners are asked it.
 * The fields can be answered, but nothing is saved or graded.
 */
@Route("author/:courseId/preview/:module/quiz")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class QuizPreviewView extends DraftPreviewPage<DraftPreview.QuizPreview> {

    public QuizPreviewView(DraftPreview preview) {
        super(preview);
        addClassName("quiz");
        setId(LearningIds.QUIZ);
    }

    @Override
    DraftPreview.Preview<DraftPreview.QuizPreview> load(BeforeEnterEvent event) {
        return preview.quiz(courseId, event.getRouteParameters().get("module").orElse(""), reader);
    }

    @Override
    String show(DraftPreview.QuizPreview quiz) {
        removeAll();
        add(QuizBody.heading(this, quiz.overview().title(), quiz.overview().shownIn()));
        add(QuizBody.rules(this, quiz.overview()));
        Paragraph note = new Paragraph(getTranslation("editor.preview.quiz-note"));
        note.setId(LearningIds.QUIZ_PREVIEW_NOTE);
        note.addClassName("fallback-note");
        add(note, new Paragraph(getTranslation("editor.preview.quiz-bank")));
        add(QuizBody.questions(this, quiz.questions(), null));
        Anchor back = new Anchor(course(courseId), getTranslation("lesson.back"));
        back.getElement().setAttribute("router-link", true);
        back.setId("back-to-course");
        add(back);
        return getTranslation("quiz.title", quiz.overview().title());
    }
}
