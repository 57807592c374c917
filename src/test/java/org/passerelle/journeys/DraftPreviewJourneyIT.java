package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.passerelle.catalog.CourseDrafts;
import org.passerelle.identity.Role;
import org.passerelle.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator previews the flagship's draft as a learner would read it; an outsider finds nothing. */
class DraftPreviewJourneyIT extends BrowserJourney {

    static final String PREVIEW = "/author/ai-public-policy/preview";

    @Autowired
    CourseDrafts drafts;

    @Test
    void anEditorPreviewsTheDraftsLessonsAndQuizInTheLanguageTheyChoose() {
        String outsider = newAccount(Role.INSTRUCTOR, null, Language.EN);
        signedIn.as("admin");
        drafts.outline("ai-public-policy");
        signedIn.out();
        try {
            signInAndWaitForHome("admin", DEMO_PASSWORD);
            PreviewPage preview = new PreviewPage(this).open(PREVIEW);
            assertThat(preview.banner()).contains("Preview of the draft — learners do not see this yet");
            assertThat(preview.backAddress()).isEqualTo("author/ai-public-policy");
            new CoursePage(this).outlineShown().continueLearning();
            until(d -> d.getCurrentUrl().contains("/preview/01-what-is-ai/01-defining-ai"));
            LessonPage lesson = new LessonPage(this).shown();
            lesson.complete();
            until(d -> d.getCurrentUrl().contains("/preview/01-what-is-ai/02-how-machines-learn"));
            lesson.mediaShown();
            String image = lesson.inText("img").getDomAttribute("src");
            assertThat(image).startsWith("/author-media/ai-public-policy/01-what-is-ai/media/");
            until(d -> lesson.imageWidth() > 0);
            saveScreenshot("preview-lesson-en");

            preview.readIn(Language.FR);
            until(d -> d.getCurrentUrl().endsWith("?lang=fr"));
            waitForText("Comment les machines apprennent");
            assertThat(lesson.text().getDomAttribute("lang")).isEqualTo("fr");
            saveScreenshot("preview-lesson-fr");

            QuizPage quiz = new QuizPage(this).openAttempt(PREVIEW + "/01-what-is-ai/quiz");
            assertThat(quiz.previewNote()).isEqualTo("Preview: answers are not recorded.");
            assertThat(quiz.canSubmit()).isFalse();
            assertThat(quiz.questions()).isNotEmpty();
            saveScreenshot("preview-quiz-en");

            signInAndWaitForHome(outsider, DEMO_PASSWORD);
            shell.openRefused(PREVIEW + "/01-what-is-ai/02-how-machines-learn");
            assertThat(lesson.isShown()).isFalse();
        } finally {
            signedIn.as("admin");
            drafts.discard("ai-public-policy");
            signedIn.out();
        }
    }
}
