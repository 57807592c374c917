package org.passerelle.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Grading as Moodle does it, question type by question type. */
class GradingTest {

    private static GiftQuestion question(String gift) {
        return GiftFormat.read("test.gift", gift).questions().getFirst();
    }

    private static String fraction(String gift, Response response) {
        return Grading.grade(question(gift), response)
                .fraction()
                .stripTrailingZeros()
                .toPlainString();
    }

    @Test
    void singleChoiceEarnsTheWeightOfTheChoiceAndItsFeedback() {
        String gift = "::q::Pick.{=right#Yes. ~wrong#No. ~other#Not that.}";
        assertThat(question(gift).type()).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(fraction(gift, Response.choices(List.of(0)))).isEqualTo("1");
        assertThat(fraction(gift, Response.choices(List.of(1)))).isEqualTo("0");
        assertThat(Grading.grade(question(gift), Response.choices(List.of(1))).feedback())
                .containsExactly("No.");
        assertThat(fraction(gift, new Response(""))).isEqualTo("0");
    }

    @Test
    void multipleChoiceAddsWeightsAndNeverGoesBelowZero() {
        String gift = "::q::Pick.{~%50%a ~%50%b ~%-100%c}";
        assertThat(fraction(gift, Response.choices(List.of(0, 1)))).isEqualTo("1");
        assertThat(fraction(gift, Response.choices(List.of(0)))).isEqualTo("0.5");
        assertThat(fraction(gift, Response.choices(List.of(0, 1, 2)))).isEqualTo("0");
        assertThat(fraction(gift, Response.choices(List.of(2)))).isEqualTo("0");
    }

    @Test
    void trueFalseGivesTheFeedbackForTheAnswerGiven() {
        GiftQuestion question = question("::q::The sun is cold.{F#Look again.#Right, it is hot.}");
        assertThat(Grading.grade(question, Response.truth(false)).right()).isTrue();
        assertThat(Grading.grade(question, Response.truth(false)).feedback()).containsExactly("Right, it is hot.");
        assertThat(Grading.grade(question, Response.truth(true)).feedback()).containsExactly("Look again.");
    }

    @Test
    void shortAnswersIgnoreCaseSpacesAndApostropheStyleAndAcceptOtherLanguages() {
        String gift = "::q::Term?{=training data =%50%data}";
        assertThat(fraction(gift, Response.text("  Training   DATA "))).isEqualTo("1");
        assertThat(fraction(gift, Response.text("data"))).isEqualTo("0.5");
        assertThat(fraction(gift, Response.text("model"))).isEqualTo("0");
        GiftQuestion french = question("::q::Terme ?{=données d’entraînement}");
        assertThat(Grading.grade(question(gift), Response.text("données d'entraînement"), List.of(french))
                        .right())
                .isTrue();
    }

    @Test
    void numbersAcceptToleranceRangesAndADecimalComma() {
        assertThat(fraction("::q::Pi?{#3.14:0.01}", Response.text("3,141"))).isEqualTo("1");
        assertThat(fraction("::q::Pi?{#3.14:0.01}", Response.text("3.2"))).isEqualTo("0");
        assertThat(fraction("::q::From 1 to 10?{#1..10}", Response.text("10"))).isEqualTo("1");
        assertThat(fraction("::q::Year?{#=2024 =%50%2023}", Response.text("2023")))
                .isEqualTo("0.5");
        assertThat(fraction("::q::Year?{#2024}", Response.text("twenty"))).isEqualTo("0");
        assertThat(Grading.number("1 000,5"))
                .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("1000.5"));
    }

    @Test
    void matchingEarnsTheShareOfPairsMatched() {
        String gift = "::q::Match.{=cat -> animal =oak -> tree =rose -> flower =tulip -> flower}";
        assertThat(Grading.rights(question(gift))).containsExactly("animal", "tree", "flower");
        assertThat(fraction(gift, Response.matches(Map.of(0, 0, 1, 1, 2, 2, 3, 2))))
                .isEqualTo("1");
        assertThat(fraction(gift, Response.matches(Map.of(0, 0, 1, 2)))).isEqualTo("0.25");
        assertThat(fraction(gift, new Response("0=9;x=1;garbage"))).isEqualTo("0");
    }

    @Test
    void aMissingWordIsGradedLikeItsChoices() {
        assertThat(fraction("::q::The sky is {=blue ~green} today.", Response.choices(List.of(0))))
                .isEqualTo("1");
    }
}
