package org.passerelle.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.PasserelleTest;
import org.passerelle.SignedIn;
import org.passerelle.assessment.GiftFormat;
import org.passerelle.assessment.GiftQuestion;
import org.passerelle.assessment.GiftResult;
import org.passerelle.identity.AccountDetails;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserAdministration;
import org.passerelle.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** An author downloads a draft quiz as GIFT per language; nobody else can. */
@PasserelleTest
class QuizGiftExportIntegrationTest {

    static final String EN = """
            // saved by the editor
            ::capital::[markdown]What is the capital of Kenya?{
            \t=Nairobi#Right.
            \t~Mombasa#No: a port city.
            }

            ::year::In which year was resolution 78/265 adopted?{#2024}
            """;

    static final String FR = """
            ::capital::[markdown]Quelle est la capitale du Kenya ?{
            \t=Nairobi#Exact.
            \t~Mombasa#Non : une ville portuaire.
            }

            ::year::En quelle année la résolution 78/265 a-t-elle été adoptée ?{#2024}
            """;

    @Autowired
    CourseDrafts drafts;

    @Autowired
    DraftModules modules;

    @Autowired
    DraftQuizzes quizzes;

    @Autowired
    UserAdministration users;

    @Autowired
    SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void anAuthorDownloadsEachLanguageOfTheSavedQuizAsGiftThatReadsIntoTheSameQuestions() {
        signedIn.as("instructor");
        String course = drafts.create("quizgift-" + suffix(), Language.EN, "Quiz export");
        String module = modules.add(course, Language.EN, "Governance");
        Map<Language, List<GiftQuestion>> questions = new EnumMap<>(Language.class);
        questions.put(Language.EN, read(EN).questions());
        questions.put(Language.FR, read(FR).questions());
        quizzes.save(
                course,
                module,
                new QuizContent(80, 2, 15, true, 0, ShowCorrectAnswers.AFTER_PASSING, true, questions),
                0);

        String french = quizzes.gift(course, module, Language.FR);

        assertThat(lineless(read(french).questions())).isEqualTo(lineless(questions.get(Language.FR)));
        assertThat(french).contains("Quelle est la capitale du Kenya ?");
        assertThat(lineless(read(quizzes.gift(course, module, Language.EN)).questions()))
                .isEqualTo(lineless(questions.get(Language.EN)));
        assertThat(quizzes.gift(course, module, Language.ES))
                .as("a language without questions")
                .isEmpty();
    }

    @Test
    void onlyTheCoursesAuthorsAndAdministratorsMayDownloadItsQuiz() {
        signedIn.as("instructor");
        String course = drafts.create("quizgift-" + suffix(), Language.EN, "Private quiz");
        String module = modules.add(course, Language.EN, "Module");
        quizzes.save(
                course,
                module,
                new QuizContent(
                        70,
                        0,
                        0,
                        false,
                        0,
                        ShowCorrectAnswers.AFTER_SUBMIT,
                        true,
                        Map.of(Language.EN, read(EN).questions())),
                0);
        String other = "quizgift-other-" + suffix();
        signedIn.as("admin");
        users.create(new AccountDetails(
                other,
                "Other Instructor",
                other + "@example.org",
                null,
                Language.EN,
                Set.of(Role.INSTRUCTOR),
                "a long enough password"));
        assertThat(quizzes.gift(course, module, Language.EN)).contains("capital of Kenya");

        signedIn.as(other);
        assertThatThrownBy(() -> quizzes.gift(course, module, Language.EN)).isInstanceOf(AccessDeniedException.class);
        signedIn.as("learner");
        assertThatThrownBy(() -> quizzes.gift(course, module, Language.EN)).isInstanceOf(AccessDeniedException.class);
    }

    private static GiftResult read(String gift) {
        GiftResult result = GiftFormat.read("quiz.gift", gift);
        assertThat(result.problems()).isEmpty();
        return result;
    }

    private static List<GiftQuestion> lineless(List<GiftQuestion> questions) {
        return questions.stream().map(GiftQuestion::withoutLine).toList();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
