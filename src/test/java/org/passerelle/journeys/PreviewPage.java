package org.passerelle.journeys;

import static org.passerelle.learning.ui.LearningIds.PREVIEW_BACK;
import static org.passerelle.learning.ui.LearningIds.PREVIEW_BANNER;

import org.passerelle.learning.ui.LearningIds;
import org.passerelle.shared.Language;

/**
 * What a draft's preview adds to the course, lesson and quiz pages a learner sees (those are {@link CoursePage},
 * {@link LessonPage}, {@link QuizPage}): the banner that says it is a preview, the way back, the languages.
 */
final class PreviewPage extends Page {

    PreviewPage(BrowserJourney journey) {
        super(journey);
    }

    /** Opens a draft's preview, e.g. "/author/ID/preview", and waits for its banner. */
    PreviewPage open(String path) {
        openAt(path, PREVIEW_BANNER);
        return this;
    }

    String banner() {
        return text(PREVIEW_BANNER);
    }

    String backAddress() {
        return attribute(PREVIEW_BACK, "href");
    }

    void readIn(Language language) {
        click(LearningIds.previewLanguage(language));
    }
}
