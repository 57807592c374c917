package org.passerelle.learning.ui;

import com.vaadin.flow.component.UI;
import org.passerelle.learning.StepRef;
import org.passerelle.shared.Language;
import org.passerelle.shared.ui.LanguageParameter;

/**
 * Addresses of the author's preview of a draft's pages. Apart from {@link CourseLinks} because Vaadin puts in a
 * view's script chunk the components of every view its classes name: learner pages that named the previews (and
 * through them the editors) loaded the editors' code.
 */
final class PreviewLinks {

    private PreviewLinks() {}

    /** The author's preview of a draft's course page, in a language. */
    static String preview(String courseId, Language language) {
        return LanguageParameter.on(CourseLinks.url(CoursePreviewView.class, CourseLinks.ofCourse(courseId)), language);
    }

    /** The author's preview of a draft's lesson or quiz, in a language. */
    static String preview(StepRef step, Language language) {
        return LanguageParameter.on(CourseLinks.url(previewOf(step), CourseLinks.of(step)), language);
    }

    /** Goes on to a step of the preview, or to the preview's course page when there is none left, in a language. */
    static void openPreview(String courseId, StepRef next, Language language) {
        if (next == null) {
            UI.getCurrent()
                    .navigate(CoursePreviewView.class, CourseLinks.ofCourse(courseId), LanguageParameter.of(language));
        } else {
            UI.getCurrent().navigate(previewOf(next), CourseLinks.of(next), LanguageParameter.of(language));
        }
    }

    private static Class<? extends DraftPreviewPage<?>> previewOf(StepRef step) {
        return step.quiz() ? QuizPreviewView.class : LessonPreviewView.class;
    }
}
