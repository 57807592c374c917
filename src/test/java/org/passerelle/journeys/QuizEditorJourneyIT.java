package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.passerelle.assessment.GiftQuestion;
import org.passerelle.catalog.CourseDrafts;
import org.passerelle.catalog.CourseMeta;
import org.passerelle.catalog.DraftModules;
import org.passerelle.catalog.DraftQuizzes;
import org.passerelle.catalog.QuizContent;
import org.passerelle.catalog.QuizDraft;
import org.passerelle.catalog.Revised;
import org.passerelle.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An instructor builds a module's quiz from GIFT files in English and French: a broken file is refused with the
 * importer's line and words, the fixed ones fill the form, a question is edited, the quiz is saved, downloaded as
 * GIFT, and a save after someone else's is refused with their name and then done deliberately.
 */
class QuizEditorJourneyIT extends BrowserJourney {

    static final String ENGLISH = """
            ::capital::[markdown]What is the capital of Kenya?{
            \t=Nairobi#Right.
            \t~Mombasa#No: a port city.
            }

            ::consensus::The July 2024 resolution on AI capacity-building was adopted by consensus.{T}
            """;

    static final String FRENCH = """
            ::capital::[markdown]Quelle est la capitale du Kenya ?{
            \t=Nairobi#Exact.
            \t~Mombasa#Non : une ville portuaire.
            }

            ::consensus::La résolution de juillet 2024 a été adoptée par consensus.{T}
            """;

    @Autowired
    CourseDrafts drafts;

    @Autowired
    DraftModules modules;

    @Autowired
    DraftQuizzes quizzes;

    @Test
    void anInstructorImportsGiftInTwoLanguagesEditsAQuestionAndSaves() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        String course = "quiz-journey-" + tag;
        String module = courseWithOneModule(course);
        Path folder = Files.createDirectories(Path.of("target", "quiz-journey-" + tag));

        signInAndWaitForHome("instructor", DEMO_PASSWORD);
        QuizEditorPage editor = new QuizEditorPage(this).open(course, module);
        editor.importGift(gift(folder, "broken.en.gift", "::a::Q {=x ~y}\n\n::b::Broken {=a\n"));
        assertThat(editor.problems()).isEqualTo("broken.en.gift:3: { is never closed: end the answers with }");
        assertThat(editor.hasQuestion(0)).as("nothing imported").isFalse();

        editor.importGift(gift(folder, "quiz.en.gift", ENGLISH));
        until(d -> editor.questionCount() == 2);
        assertThat(editor.question(0)).contains("capital");
        Accessibility.check(driver, "quiz editor with a question open");
        saveScreenshot("quiz-editor-en");

        editor.writeIn("Français");
        until(d -> editor.question(0).contains("not translated yet"));
        assertThat(editor.untranslatedNote()).contains("Français");
        editor.importGift(gift(folder, "quiz.fr.gift", FRENCH));
        until(d -> editor.question(0).contains("Quelle est la capitale"));

        editor.openQuestion(1, "La résolution");
        editor.appendToQuestion(" Vrai ou faux ?");
        until(d -> editor.question(1).contains("Vrai ou faux ?"));

        // A setting out of its range is marked on its field, and nothing is saved until it is corrected.
        editor.attempts("500");
        until(d -> editor.attemptsRefused());
        editor.save();
        until(d -> editor.status().equals("Not saved: correct the settings marked above."));
        assertThat(editor.attemptsField()).contains("Enter a whole number from 0 to 100.");
        editor.attempts("0");
        until(d -> !editor.attemptsRefused());

        editor.save();
        until(d -> editor.status().equals("Saved. The quiz is ready to publish."));
        Map<Language, List<GiftQuestion>> saved = savedQuiz(course, module).questions();
        assertThat(saved.keySet()).containsExactlyInAnyOrder(Language.EN, Language.FR);
        assertThat(saved.get(Language.FR).get(1).text()).endsWith("par consensus. Vrai ou faux ?");

        String gift = new String(downloadWithSession(url("/" + editor.exportLink())), StandardCharsets.UTF_8);
        assertThat(gift).contains("Quelle est la capitale du Kenya ?").contains("Vrai ou faux ?");

        someoneElseSaves(course, module);
        editor.save();
        until(d -> editor.status().startsWith("Not saved: instructor saved this quiz"));
        editor.save();
        until(d -> editor.status().equals("Saved. The quiz is ready to publish."));
        assertThat(savedQuiz(course, module).passingScore())
                .as("ours replaced theirs")
                .isEqualTo(70);

        chooseLanguage("العربية");
        until(d -> "rtl".equals(documentAttribute("dir")));
        try {
            editor.open(course, module);
            assertThat(editor.heading()).isEqualTo("الاختبار: Governance");
            Accessibility.check(driver, "quiz editor in Arabic");
            // English questions read left to right in the Arabic interface.
            until(d -> "ltr".equals(editor.questionDirection()));
            saveScreenshot("quiz-editor-ar");
        } finally {
            chooseLanguage("English");
            until(d -> "ltr".equals(documentAttribute("dir")));
        }
    }

    private String courseWithOneModule(String course) {
        signedIn.as("instructor");
        try {
            drafts.create(course, Language.EN, "Quiz journey");
            Revised<CourseMeta> meta = drafts.meta(course);
            CourseMeta m = meta.value();
            Map<Language, String> titles = new EnumMap<>(m.title());
            titles.put(Language.FR, "Parcours de quiz");
            drafts.saveMeta(course, m.withTitle(titles), meta.revision());
            return modules.add(course, Language.EN, "Governance");
        } finally {
            signedIn.out();
        }
    }

    private QuizContent savedQuiz(String course, String module) {
        signedIn.as("instructor");
        try {
            return quizzes.read(course, module).value().quiz();
        } finally {
            signedIn.out();
        }
    }

    private void someoneElseSaves(String course, String module) {
        signedIn.as("instructor");
        try {
            Revised<QuizDraft> theirs = quizzes.read(course, module);
            QuizContent q = theirs.value().quiz();
            quizzes.save(
                    course,
                    module,
                    new QuizContent(90, 1, 0, q.shuffle(), 0, q.showCorrectAnswers(), true, q.questions()),
                    theirs.revision());
        } finally {
            signedIn.out();
        }
    }

    private static Path gift(Path folder, String name, String text) throws Exception {
        return Files.writeString(folder.resolve(name), text);
    }
}
