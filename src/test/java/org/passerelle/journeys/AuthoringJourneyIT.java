package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WindowType;
import org.passerelle.identity.Role;
import org.passerelle.shared.Language;

/** Instructors build a course in the app: texts in two languages, a quiz from GIFT, preview and publish. */
class AuthoringJourneyIT extends BrowserJourney {

    final MyCoursesPage myCourses = new MyCoursesPage(this);
    final CourseEditorPage editor = new CourseEditorPage(this);
    final LessonEditorPage lessonEditor = new LessonEditorPage(this);

    @Test
    void anInstructorBuildsACourseInEnglishAndFrenchWithAGiftQuizAndPublishesIt() throws Exception {
        String instructor = newAccount(Role.INSTRUCTOR, "KE", Language.EN);
        String id = "data-protection-" + UUID.randomUUID().toString().substring(0, 6);
        signInAndWaitForHome(instructor, DEMO_PASSWORD);
        assertThat(driver.getCurrentUrl()).endsWith("/courses");
        assertThat(pageText()).contains("You do not author any course yet.");

        // A new course: the short name made from its title is offered until one is typed.
        myCourses.title("Data protection for public officials");
        until(d -> "data-protection-for-public-officials".equals(myCourses.suggestedId()));
        myCourses.id(id).create();
        until(d -> d.getCurrentUrl().endsWith("/author/" + id));
        editor.settingsShown();
        assertThat(editor.status()).contains("not published yet");

        // Settings and texts in English, then in French.
        editor.description("What the law asks of a ministry that handles personal data.")
                .authors("Amina Diallo (Data Protection Commission)");
        editor.writeIn("Français");
        until(d -> editor.title().isEmpty());
        editor.title("La protection des données pour les agents publics")
                .description("Ce que la loi demande à un ministère qui traite des données personnelles.");
        editor.saveSettings();
        editor.coverageShown(Language.FR);

        // One module with one lesson.
        editor.addModule("Principles", "01-principles")
                .addLesson("01-principles", "Lawful processing", "01-lawful-processing");
        editor.openLesson("01-principles", "01-lawful-processing");

        // The English text, with its live preview: rendered and sanitised as learners get it.
        lessonEditor.write(
                "## Six principles\n\nPersonal data are processed **lawfully**, fairly and transparently.\n\n"
                        + "<script>document.title='owned'</script>\n",
                "fairly and transparently");
        assertThat(lessonEditor.inPreview("h2").getText()).isEqualTo("Six principles");
        assertThat(lessonEditor.inPreview("strong").getText()).isEqualTo("lawfully");
        assertThat(lessonEditor.allInPreview("script")).isEmpty();
        lessonEditor.save();
        waitForText("Saved in the draft.");
        saveScreenshot("editor-lesson-en");

        // The French text of the same lesson.
        lessonEditor.writeIn(Language.FR);
        lessonEditor.title("Un traitement licite");
        lessonEditor.write(
                "## Six principes\n\nLes données personnelles sont traitées de manière **licite**.\n", "de manière");
        until(d -> lessonEditor.inPreview("h2").getText().equals("Six principes"));
        assertThat(lessonEditor.previewLanguage()).isEqualTo("fr");
        lessonEditor.save();
        waitForText("Saved in the draft.");

        // The editor in Arabic: right to left.
        chooseLanguage("العربية");
        until(d -> "rtl".equals(documentAttribute("dir")));
        lessonEditor.shown();
        saveScreenshot("editor-lesson-ar");
        chooseLanguage("English");
        until(d -> "ltr".equals(documentAttribute("dir")));

        editor.open(id);
        assertThat(editor.coverage(Language.EN)).isEqualTo("English: 100 %");
        assertThat(editor.coverage(Language.FR)).isEqualTo("Français: 100 %");
        saveScreenshot("editor-course-en");

        // The quiz, imported from GIFT files in English and French.
        importQuiz(id, "01-principles");

        // Preview as learner: the draft as a learner would read it.
        new PreviewPage(this).open(CourseEditorPage.path(id) + "/preview/01-principles/01-lawful-processing");
        LessonPage preview = new LessonPage(this);
        assertThat(preview.inText("h2").getText()).isEqualTo("Six principles");
        assertThat(preview.allInText("script")).isEmpty();
        saveScreenshot("editor-preview-en");

        // Checked with the importer's rules, then published.
        editor.openToPublish(id).check();
        waitForText("Ready to publish: 1 module, 1 lesson, no problem found.");
        editor.publish();
        assertThat(editor.notice()).isEqualTo("Published as version 1.");
        assertThat(editor.status()).startsWith("published version 1");

        // A learner finds it in the catalog and completes it.
        driver.manage().deleteAllCookies();
        String learner = newAccount(Role.LEARNER, "KE", Language.EN);
        signInAndWaitForHome(learner, DEMO_PASSWORD);
        CatalogPage catalog = new CatalogPage(this).open();
        waitForText("Data protection for public officials");
        CoursePage course = catalog.openCourse("Data protection for public officials");
        course.enrolShown().enrol().continueLearning();
        LessonPage lesson = new LessonPage(this).shown();
        assertThat(lesson.inText("strong").getText()).isEqualTo("lawfully");
        lesson.complete();
        until(d -> d.getCurrentUrl().endsWith("/quiz/01-principles"));
        QuizPage quiz = new QuizPage(this).startShown().start();
        quiz.answerAndSubmit(new QuizAnswers(GIFT_EN));
        assertThat(pageText()).contains("You passed this quiz.");
        assertThat(course.openCompleted("/course/" + id).completedNote()).startsWith("Completed on");
    }

    static final String GIFT_EN = """
            ::lawful-basis::Which of these is a lawful basis for processing personal data?{
            =The person’s informed consent#Right: consent is one of the lawful bases.
            ~The data are easy to collect#No: being easy to collect is no legal basis.
            ~A vendor asked for them#No: a request from a vendor is no legal basis.
            }

            ::breach-notice::A data breach must be reported to the authority without undue delay.{TRUE#Wrong: the law asks for prompt notice.#Right.}
            """;

    static final String GIFT_FR = """
            ::lawful-basis::Laquelle de ces raisons est une base légale pour traiter des données personnelles ?{
            =Le consentement éclairé de la personne#Exact : le consentement est une base légale.
            ~Les données sont faciles à collecter#Non : la facilité n’est pas une base légale.
            ~Un fournisseur les a demandées#Non : la demande d’un fournisseur n’est pas une base légale.
            }

            ::breach-notice::Une violation de données doit être notifiée à l’autorité dans les meilleurs délais.{TRUE#Faux : la loi demande une notification rapide.#Exact.}
            """;

    /** In the quiz editor: GIFT files uploaded for English and French, then saved. */
    private void importQuiz(String id, String module) throws Exception {
        QuizEditorPage quiz = editor.openQuiz(module);
        Path folder = Files.createDirectories(Path.of("target", "gift"));
        // A GIFT file with a mistake first: the importer's precise problem, and nothing changes.
        quiz.importGift(Files.writeString(folder.resolve(id + ".broken.gift"), "::no-answers::A question {\n"));
        assertThat(quiz.problems()).contains(id + ".broken.gift");
        quiz.importGift(Files.writeString(folder.resolve(id + ".en.gift"), GIFT_EN));
        waitForText("Questions imported: 2, in English. Save to keep them.");
        quiz.writeIn("Français");
        quiz.importGift(Files.writeString(folder.resolve(id + ".fr.gift"), GIFT_FR));
        waitForText("Questions imported: 2, in Français. Save to keep them.");
        quiz.save();
        waitForText("Saved. The quiz is ready to publish.");
        saveScreenshot("editor-quiz-en");
        assertThat(new String(downloadWithSession(quiz.exportAddress()), StandardCharsets.UTF_8))
                .contains("::lawful-basis::")
                .contains("Le consentement éclairé de la personne");
        editor.openAtQuiz(id, module);
        assertThat(editor.quizLink(module)).isEqualTo("Quiz: 2 questions — edit");
    }

    @Test
    void aSecondEditSessionOfTheSameLessonIsRefusedAndKeepsItsText() {
        String instructor = newAccount(Role.INSTRUCTOR, "SN", Language.EN);
        String id = "conflict-" + UUID.randomUUID().toString().substring(0, 6);
        signInAndWaitForHome(instructor, DEMO_PASSWORD);
        myCourses
                .create("Open data", id)
                .addModule("Basics", "01-basics")
                .addLesson("01-basics", "Licences", "01-licences");
        String lesson = LessonEditorPage.path(id, "01-basics", "01-licences");

        // Two edit sessions of the same lesson: this tab and another one.
        lessonEditor.open(lesson);
        String first = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        lessonEditor.open(lesson);
        lessonEditor.write("Open licences let anyone reuse the data.\n", "reuse the data");
        lessonEditor.save();
        waitForText("Saved in the draft.");
        driver.close();
        driver.switchTo().window(first);

        lessonEditor.write("Every dataset names its licence.\n", "names its licence");
        lessonEditor.save();
        waitForText("after you opened it. Nothing was overwritten.");
        assertThat(lessonEditor.markdown())
                .as("the refused text stays in the editor")
                .isEqualTo("Every dataset names its licence.\n");
        assertThat(lessonEditor.theirs()).contains("Open licences let anyone reuse the data.");
        saveScreenshot("editor-conflict-en");

        // Merged on purpose, then saved: now it replaces theirs.
        lessonEditor.write(
                "Every dataset names its licence.\n\nOpen licences let anyone reuse the data.\n", "reuse the data");
        lessonEditor.save();
        waitForText("Saved in the draft.");
        lessonEditor.open(lesson);
        assertThat(lessonEditor.markdown())
                .isEqualTo("Every dataset names its licence.\n\nOpen licences let anyone reuse the data.");
    }

    @Test
    void aReadingTimeOutOfRangeIsRefusedOnItsFieldAndLeavingUnsavedTextAsksFirst() {
        String instructor = newAccount(Role.INSTRUCTOR, "SN", Language.EN);
        String id = "minutes-" + UUID.randomUUID().toString().substring(0, 6);
        signInAndWaitForHome(instructor, DEMO_PASSWORD);
        myCourses
                .create("Reading time", id)
                .addModule("Basics", "01-basics")
                .addLesson("01-basics", "Licences", "01-licences");
        lessonEditor.open(LessonEditorPage.path(id, "01-basics", "01-licences"));

        lessonEditor.minutes("500");
        until(d -> lessonEditor.minutesRefused());
        lessonEditor.write("Not saved yet.\n", "Not saved yet.");
        lessonEditor.save();
        // The field says it as soon as it is left; the save says it again beside the button.
        until(d -> lessonEditor.messages().contains("Reading time must be between 1 and 180 minutes."));

        // Leaving with the text unsaved asks first; staying keeps it.
        lessonEditor.leave();
        lessonEditor.answerConfirmation(false);
        until(d -> !lessonEditor.confirmationOpen());
        assertThat(driver.getCurrentUrl()).endsWith("/lesson/01-basics/01-licences");
        assertThat(lessonEditor.markdown()).isEqualTo("Not saved yet.\n");

        // A valid reading time saves, and then leaving asks nothing.
        lessonEditor.minutes("12");
        lessonEditor.save();
        waitForText("Saved in the draft.");
        lessonEditor.leave();
        until(d -> d.getCurrentUrl().endsWith("/author/" + id));
        editor.settingsShown();
    }
}
