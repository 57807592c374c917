package org.passerelle.catalog.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.passerelle.assessment.GiftFormat;
import org.passerelle.assessment.GiftQuestion;
import org.passerelle.assessment.GiftResult;
import org.passerelle.assessment.QuestionType;
import org.passerelle.assessment.TextFormat;
import org.passerelle.shared.Language;

/** The quiz editor's form holds every question the importer reads, and refuses what it would refuse. */
class QuizQuestionsTest {

    static final String EVERY_TYPE = """
            $CATEGORY: governance

            ::single::[markdown]Which body adopted resolution **78/265**?{
            \t=The UN General Assembly#Right: in March 2024.
            \t~%-25%The Security Council#No: it was the General Assembly.
            \t~UNESCO
            \t####Adopted without a vote.
            }

            ::multiple::Which are UN languages?{
            \t~%50%Arabic#Yes.
            \t~%50%Chinese
            \t~%-100%Latin#No.
            }

            ::truth::The July 2024 resolution was adopted by consensus.{T#Not quite: by consensus.#Right.}

            ::short::[plain]Name the data a model learns from.{
            \t=training data#Right.
            \t=%50%data
            }

            ::numeric::In which year were the OECD principles updated?{#
            \t=2024#Right.
            \t=%50%2023..2025#Close.
            \t~#Look again at the timeline.
            }

            ::tolerance::How many UN languages are there?{#6:0.5}

            ::matching::Match each framework with its body.{
            \t=Recommendation on the Ethics of AI -> UNESCO
            \t=AI Principles -> OECD
            \t=Hiroshima Process -> G7
            }

            ::missing::The resolution was adopted in {=March =mars} 2024.
            """;

    @Test
    void everyQuestionTypeComesBackFromTheFormExactlyAsTheImporterReadIt() {
        List<GiftQuestion> imported = read(EVERY_TYPE);
        assertThat(imported)
                .extracting(GiftQuestion::type)
                .containsExactlyInAnyOrder(
                        QuestionType.SINGLE_CHOICE,
                        QuestionType.MULTIPLE_CHOICE,
                        QuestionType.TRUE_FALSE,
                        QuestionType.SHORT_ANSWER,
                        QuestionType.NUMERIC,
                        QuestionType.NUMERIC,
                        QuestionType.MATCHING,
                        QuestionType.SHORT_ANSWER);

        for (GiftQuestion question : imported) {
            QuestionRules.Outcome outcome = QuestionRules.check(EditedQuestion.of(question));
            assertThat(outcome.problems()).as(question.title()).isEmpty();
            assertThat(outcome.question()).as(question.title()).isEqualTo(question.withoutLine());
        }
        List<GiftQuestion> saved = QuizQuestions.of(Map.of(Language.EN, imported), Language.EN)
                .check()
                .questions()
                .get(Language.EN);
        assertThat(lineless(read(GiftFormat.write(saved)))).isEqualTo(lineless(imported));
    }

    @Test
    void aNewQuestionOfEachTypeFilledInIsSavedAsThatTypeInMarkdown() {
        for (QuestionType type : QuestionType.values()) {
            EditedQuestion question = EditedQuestion.blank("new-" + type, type);
            question.text = "What do you think?";
            question.answers.forEach(answer -> answer.text = type == QuestionType.NUMERIC ? "42" : "An answer");
            for (int i = 0; i < question.answers.size(); i++) {
                question.answers.get(i).text += " " + i;
            }
            if (type == QuestionType.NUMERIC) {
                question.answers.getFirst().text = "42";
            }
            question.pairs.forEach(pair -> {
                pair.left = "left " + question.pairs.indexOf(pair);
                pair.right = "right " + question.pairs.indexOf(pair);
            });

            QuestionRules.Outcome outcome = QuestionRules.check(question);

            assertThat(outcome.problems()).as(type.name()).isEmpty();
            GiftQuestion read =
                    read(GiftFormat.write(List.of(outcome.question()))).getFirst();
            assertThat(read.type()).isEqualTo(type);
            assertThat(read.format()).isEqualTo(TextFormat.MARKDOWN);
        }
    }

    @Test
    void theFormSaysWhatTheImporterWouldRefuseInTheAuthorsWords() {
        EditedQuestion single = EditedQuestion.blank("q", QuestionType.SINGLE_CHOICE);
        single.text = "Pick one";
        single.answers.get(0).text = "A";
        single.answers.get(1).text = "B";
        single.answers.get(1).weight = "100";
        assertThat(keys(single)).containsExactly("editor.quiz.problem.one-right");

        EditedQuestion multiple = EditedQuestion.blank("q", QuestionType.MULTIPLE_CHOICE);
        multiple.text = "Pick some";
        multiple.answers.get(0).text = "A";
        multiple.answers.get(0).weight = "60";
        multiple.answers.get(1).text = "";
        multiple.answers.get(1).weight = "30%";
        QuestionRules.Outcome outcome = QuestionRules.check(multiple);
        assertThat(outcome.problems())
                .containsExactly(
                        QuestionRules.Problem.of("editor.quiz.problem.answer-empty", 2),
                        QuestionRules.Problem.of("editor.quiz.problem.weights-sum", "90"));

        EditedQuestion numeric = EditedQuestion.blank("q", QuestionType.NUMERIC);
        numeric.text = "How many?";
        numeric.answers.getFirst().text = "10..1";
        numeric.answers.add(new EditedQuestion.Answer("ten", "150", ""));
        assertThat(keys(numeric))
                .containsExactly(
                        "editor.quiz.problem.reversed", "editor.quiz.problem.weight", "editor.quiz.problem.number");

        EditedQuestion matching = EditedQuestion.blank("q", QuestionType.MATCHING);
        matching.pairs.removeLast();
        matching.pairs.getFirst().left = "UNESCO";
        assertThat(keys(matching))
                .containsExactly(
                        "editor.quiz.problem.text", "editor.quiz.problem.pairs", "editor.quiz.problem.pair-empty");

        EditedQuestion arrow = EditedQuestion.blank("q", QuestionType.SINGLE_CHOICE);
        arrow.text = "Which way?";
        arrow.answers.get(0).text = "left -> right";
        arrow.answers.get(1).text = "up";
        assertThat(keys(arrow))
                .as("GIFT would read this choice as a matching pair")
                .containsExactly("editor.quiz.problem.gift");
    }

    @Test
    void numbersAreTypedAsAValueAToleranceOrARangeWithAPointOrAComma() {
        assertThat(NumericAnswer.parse("5±0.5")).containsExactly(new BigDecimal("4.5"), new BigDecimal("5.5"));
        assertThat(NumericAnswer.parse("5:0,5")).containsExactly(new BigDecimal("4.5"), new BigDecimal("5.5"));
        assertThat(NumericAnswer.parse("1,5..2")).containsExactly(new BigDecimal("1.5"), new BigDecimal("2"));
        assertThat(NumericAnswer.parse("2024.0")).containsExactly(new BigDecimal("2024"), new BigDecimal("2024"));
        assertThat(NumericAnswer.parse("5:-1")).isNull();
        assertThat(NumericAnswer.parse("about 5")).isNull();
    }

    @Test
    void changingBetweenSingleAndMultipleChoiceKeepsTheChoicesAndOtherTypesStartAgain() {
        GiftQuestion multiple = read(EVERY_TYPE).get(1);
        EditedQuestion question = EditedQuestion.of(multiple);

        question.changeType(QuestionType.SINGLE_CHOICE);
        assertThat(question.answers).extracting(a -> a.text).containsExactly("Arabic", "Chinese", "Latin");
        assertThat(question.answers).extracting(a -> a.weight).containsExactly("100", "0", "-100");
        assertThat(QuestionRules.check(question).problems()).isEmpty();

        question.changeType(QuestionType.NUMERIC);
        assertThat(question.answers).hasSize(1);
        assertThat(question.text).isEqualTo(multiple.text());
    }

    @Test
    void idsAndOrderAreSharedByEveryLanguageAndTextsAreNot() {
        QuizQuestions quiz = QuizQuestions.of(
                Map.of(
                        Language.EN,
                        read(EVERY_TYPE).subList(0, 3),
                        Language.FR,
                        read(EVERY_TYPE).subList(0, 2)),
                Language.EN);

        assertThat(quiz.rename("single", "which-body")).isEmpty();
        assertThat(quiz.rename("multiple", "which-body")).contains("editor.quiz.problem.id-taken");
        assertThat(quiz.rename("multiple", "  ")).contains("editor.quiz.problem.id");
        quiz.move("truth", -2);
        String added = quiz.add(Language.FR, QuestionType.TRUE_FALSE);

        assertThat(quiz.ids()).containsExactly("truth", "which-body", "multiple", added);
        assertThat(quiz.in("which-body", Language.FR).orElseThrow().id).isEqualTo("which-body");
        assertThat(quiz.in("truth", Language.FR)).as("not translated yet").isEmpty();
        assertThat(quiz.in(added, Language.EN)).isEmpty();

        EditedQuestion translation = quiz.translate("truth", Language.FR);
        assertThat(translation.text).isEmpty();
        assertThat(translation.type).isEqualTo(QuestionType.TRUE_FALSE);
        assertThat(translation.truth).isTrue();
        translation.text = "La résolution de juillet 2024 a été adoptée par consensus.";
        quiz.in(added, Language.FR).orElseThrow().text = "Une nouvelle question.";
        quiz.remove("multiple");

        QuizQuestions.Checked checked = quiz.check();
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.questions().get(Language.FR))
                .extracting(GiftQuestion::title)
                .containsExactly("truth", "which-body", added);
        assertThat(checked.questions().get(Language.EN))
                .extracting(GiftQuestion::title)
                .containsExactly("truth", "which-body");
    }

    @Test
    void importingTheDefaultLanguageSetsTheOrderAndAnotherLanguageKeepsIt() {
        QuizQuestions quiz = new QuizQuestions(Language.EN);
        List<GiftQuestion> questions = read(EVERY_TYPE);
        quiz.replace(Language.FR, List.of(questions.get(2), questions.get(0)));
        assertThat(quiz.ids()).as("the only language written leads").containsExactly("truth", "single");

        quiz.replace(Language.EN, List.of(questions.get(0), questions.get(1), questions.get(2)));
        assertThat(quiz.ids()).containsExactly("single", "multiple", "truth");

        quiz.replace(Language.FR, List.of(questions.get(3), questions.get(2), questions.get(0)));
        assertThat(quiz.ids()).containsExactly("single", "multiple", "truth", "short");
        assertThat(quiz.count(Language.FR)).isEqualTo(3);

        QuizQuestions.Checked checked = quiz.check();
        assertThat(checked.questions().get(Language.FR))
                .extracting(GiftQuestion::title)
                .containsExactly("single", "truth", "short");
    }

    @Test
    void aProblemNamesItsLanguageAndQuestion() {
        Map<Language, List<GiftQuestion>> questions = new EnumMap<>(Language.class);
        questions.put(Language.EN, read(EVERY_TYPE).subList(0, 1));
        QuizQuestions quiz = QuizQuestions.of(questions, Language.EN);
        quiz.translate("single", Language.AR);

        QuizQuestions.Checked checked = quiz.check();

        assertThat(checked.problems())
                .extracting(
                        QuizQuestions.Located::language,
                        QuizQuestions.Located::id,
                        p -> p.problem().key())
                .contains(
                        Tuple.tuple(Language.AR, "single", "editor.quiz.problem.text"),
                        Tuple.tuple(Language.AR, "single", "editor.quiz.problem.answer-empty"));
        assertThat(checked.problems()).allMatch(p -> p.language() == Language.AR);
    }

    private static List<String> keys(EditedQuestion question) {
        return QuestionRules.check(question).problems().stream()
                .map(QuestionRules.Problem::key)
                .toList();
    }

    private static List<GiftQuestion> read(String gift) {
        GiftResult result = GiftFormat.read("quiz.gift", gift);
        assertThat(result.problems()).isEmpty();
        return result.questions();
    }

    private static List<GiftQuestion> lineless(List<GiftQuestion> questions) {
        return questions.stream().map(GiftQuestion::withoutLine).toList();
    }
}
