package org.passerelle.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.shared.FileProblem;

class GiftFormatTest {

    static final String EVERY_TYPE = """
            // A quiz with every kind of question GIFT has.
            $CATEGORY: governance/un

            ::un-2024::[markdown]Which resolution did the General Assembly adopt in **March 2024**?{
              =A/RES/78/265#Right: on safe, secure and trustworthy AI.
              ~A/RES/78/311#That one, on capacity-building, came in July.
              ~A/RES/79/1#That is the Pact for the Future.
              ####Both 2024 resolutions were adopted without a vote.
            }

            ::principles::Which of these are OECD AI Principles? {
              ~%50%Transparency and explainability#Yes.
              ~%50%Robustness, security and safety#Yes.
              ~%-100%Maximising engagement#No: not a principle.
            }

            ::consensus::The July 2024 resolution was adopted without a vote.{T#It was: no state asked for a vote.#Right.}

            ::false-one::The EU AI Act is a UN treaty.{FALSE}

            ::term::What do we call the data a model learns from?{=training data =training set#Also right.}

            ::year::In which year was the UNESCO Recommendation adopted?{#2021}

            ::tolerance::Roughly how many countries took part in the Shanghai workshop?{#40:5#About forty.}

            ::range::Give a year between 2019 and 2024.{#2019..2024}

            ::weighted::Pi to two decimals?{#
              =3.14#Exactly.
              =%50%3.1:0.05#Close.
              ~#Try again: it is a little more than 3.
            }

            ::match::Match each framework with its body.{
              =Recommendation on the Ethics of AI -> UNESCO
              =AI Principles -> OECD
              =Framework Convention on AI -> Council of Europe
            }

            ::missing::The Global Digital Compact is annexed to the {~Charter =Pact for the Future ~Agenda 2030} adopted in 2024.

            $CATEGORY: escapes
            ::escapes::Escaped \\{braces\\}, \\= and \\~ and \\# and a colon\\: inside; a line\\nbreak.{=a \\= b#feedback with \\# hash}
            """;

    @Test
    void readsEveryQuestionTypeMoodleDocuments() {
        GiftResult result = GiftFormat.read("quiz.gift", EVERY_TYPE);

        assertThat(result.problems()).isEmpty();
        assertThat(result.questions())
                .extracting(GiftQuestion::title, GiftQuestion::type)
                .containsExactly(
                        Tuple.tuple("un-2024", QuestionType.SINGLE_CHOICE),
                        Tuple.tuple("principles", QuestionType.MULTIPLE_CHOICE),
                        Tuple.tuple("consensus", QuestionType.TRUE_FALSE),
                        Tuple.tuple("false-one", QuestionType.TRUE_FALSE),
                        Tuple.tuple("term", QuestionType.SHORT_ANSWER),
                        Tuple.tuple("year", QuestionType.NUMERIC),
                        Tuple.tuple("tolerance", QuestionType.NUMERIC),
                        Tuple.tuple("range", QuestionType.NUMERIC),
                        Tuple.tuple("weighted", QuestionType.NUMERIC),
                        Tuple.tuple("match", QuestionType.MATCHING),
                        Tuple.tuple("missing", QuestionType.SINGLE_CHOICE),
                        Tuple.tuple("escapes", QuestionType.SHORT_ANSWER));
    }

    @Test
    void keepsTitlesFormatsFeedbackCategoriesAndLines() {
        List<GiftQuestion> questions = GiftFormat.read("quiz.gift", EVERY_TYPE).questions();

        GiftQuestion first = questions.get(0);
        assertThat(first.format()).isEqualTo(TextFormat.MARKDOWN);
        assertThat(first.text()).isEqualTo("Which resolution did the General Assembly adopt in **March 2024**?");
        assertThat(first.category()).isEqualTo("governance/un");
        assertThat(first.line()).isEqualTo(4);
        assertThat(first.generalFeedback()).isEqualTo("Both 2024 resolutions were adopted without a vote.");
        assertThat(first.answers())
                .extracting(GiftAnswer::text, GiftAnswer::correct, GiftAnswer::feedback)
                .first()
                .isEqualTo(Tuple.tuple("A/RES/78/265", true, "Right: on safe, secure and trustworthy AI."));

        GiftQuestion consensus = questions.get(2);
        assertThat(consensus.answer()).isTrue();
        assertThat(consensus.feedbackIfWrong()).isEqualTo("It was: no state asked for a vote.");
        assertThat(consensus.feedbackIfRight()).isEqualTo("Right.");
        assertThat(questions.get(3).answer()).isFalse();

        assertThat(questions.get(1).answers())
                .extracting(GiftAnswer::weight)
                .containsExactly(new BigDecimal(50), new BigDecimal(50), new BigDecimal(-100));
        assertThat(questions.get(4).answers())
                .extracting(GiftAnswer::text)
                .containsExactly("training data", "training set");
    }

    @Test
    void numericAnswersBecomeRangesWithWeights() {
        List<GiftQuestion> questions = GiftFormat.read("quiz.gift", EVERY_TYPE).questions();

        assertThat(range(questions.get(5), 0)).isEqualTo("2021..2021");
        assertThat(range(questions.get(6), 0)).isEqualTo("35..45");
        assertThat(questions.get(6).answers().getFirst().feedback()).isEqualTo("About forty.");
        assertThat(range(questions.get(7), 0)).isEqualTo("2019..2024");
        GiftQuestion pi = questions.get(8);
        assertThat(range(pi, 1)).isEqualTo("3.05..3.15");
        assertThat(pi.answers().get(1).weight()).isEqualTo(new BigDecimal(50));
        assertThat(pi.answers().get(2).min()).isNull();
        assertThat(pi.answers().get(2).feedback()).isEqualTo("Try again: it is a little more than 3.");
    }

    @Test
    void matchingMissingWordAndEscapesReadAsWritten() {
        List<GiftQuestion> questions = GiftFormat.read("quiz.gift", EVERY_TYPE).questions();

        assertThat(questions.get(9).pairs())
                .containsExactly(
                        new MatchPair("Recommendation on the Ethics of AI", "UNESCO"),
                        new MatchPair("AI Principles", "OECD"),
                        new MatchPair("Framework Convention on AI", "Council of Europe"));
        GiftQuestion missing = questions.get(10);
        assertThat(missing.text()).isEqualTo("The Global Digital Compact is annexed to the");
        assertThat(missing.textAfter()).isEqualTo("adopted in 2024.");
        assertThat(missing.missingWord()).isTrue();
        GiftQuestion escapes = questions.get(11);
        assertThat(escapes.category()).isEqualTo("escapes");
        assertThat(escapes.text()).isEqualTo("Escaped {braces}, = and ~ and # and a colon: inside; a line\nbreak.");
        assertThat(escapes.answers().getFirst().text()).isEqualTo("a = b");
        assertThat(escapes.answers().getFirst().feedback()).isEqualTo("feedback with # hash");
    }

    @Test
    void writingAndReadingBackGivesTheSameQuestionsForEveryType() {
        List<GiftQuestion> original = GiftFormat.read("quiz.gift", EVERY_TYPE).questions();

        String written = GiftFormat.write(original);
        GiftResult reread = GiftFormat.read("export.gift", written);

        assertThat(reread.problems()).as(written).isEmpty();
        assertThat(reread.questions().stream().map(GiftQuestion::withoutLine).toList())
                .as(written)
                .isEqualTo(original.stream().map(GiftQuestion::withoutLine).toList());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            ::m::Match these.{=a -> b}                             | 1 | matching question needs at least 2 pairs
            ::c::Which one?{~a ~b ~c}                              | 1 | multiple-choice question has no correct answer: mark one with = or give weights like ~%50%
            ::u::Where are the braces?{=here                       | 1 | { is never closed: end the answers with }
            ::e::A bad \\q escape{=x}                              | 1 | unknown escape \\q: only \\~ \\= \\# \\{ \\} \\: \\\\ and \\n exist
            ::r::Pick a number.{#10..1}                            | 1 | numeric range 10..1 is reversed: write the smaller number first
            ::n::Pick a number.{#ten}                              | 1 | numeric answer 'ten' is not a number
            ::s::Tell us what you think.{}                         | 1 | essay questions (empty { }) cannot be graded automatically and are not supported; ask a multiple-choice or short-answer question instead
            ::d::A description without answers.                    | 1 | the question has no answers: put them between { and }
            ::w::Weights?{~%60%a ~%60%b ~c}                        | 1 | the weights of the right answers add up to 120 %: they must add up to 100 %
            ::two::Two right?{=a =b ~c}                            | 1 | several answers are marked =: give each right answer a weight such as ~%50% instead
            ::f::[latex]Formula?{=x}                               | 1 | unknown format marker: use [markdown], [html], [plain] or [moodle]
            ::o::Open { and { again}                               | 1 | a second { before the first is closed: write \\{ for a literal brace
            ::t Title never closed {=x}                            | 1 | the title is not closed: write ::title:: before the question
            """)
    void eachBrokenQuestionGetsItsExactProblem(String gift, int line, String message) {
        GiftResult result = GiftFormat.read("courses/x/01-m/quiz.en.gift", gift.strip());

        assertThat(result.questions()).isEmpty();
        assertThat(result.problems())
                .extracting(FileProblem::toString)
                .containsExactly("courses/x/01-m/quiz.en.gift:" + line + ": " + message);
    }

    @Test
    void problemsNameTheLineInsideAMultiLineQuestionAndNothingIsKept() {
        String gift = """
                ::fine::A good question.{T}

                // a comment before the broken one
                ::broken::Match them.{
                  =only one -> pair
                }

                ::dup::First.{T}

                ::dup::Second with the same title.{F}
                """;

        GiftResult result = GiftFormat.read("quiz.gift", gift);

        assertThat(result.questions())
                .as("a file with any problem gives no questions")
                .isEmpty();
        assertThat(result.problems())
                .extracting(FileProblem::toString)
                .containsExactly(
                        "quiz.gift:5: matching question needs at least 2 pairs",
                        "quiz.gift:10: the title 'dup' is used by another question in this file");
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreAccepted() {
        GiftResult result = GiftFormat.read("quiz.gift", "\uFEFF::a::One?{T}\r\n\r\n::b::Two?{F}\r\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).extracting(GiftQuestion::title).containsExactly("a", "b");
        assertThat(result.questions().get(1).line()).isEqualTo(3);
    }

    private static String range(GiftQuestion question, int index) {
        GiftAnswer answer = question.answers().get(index);
        return answer.min().toPlainString() + ".." + answer.max().toPlainString();
    }
}
