package org.passerelle.bench;

import java.util.Random;
import org.passerelle.assessment.GiftQuestion;
import org.passerelle.assessment.QuestionType;
import org.passerelle.shared.Language;

/**
 * How likely a learner is to answer a question right: a logistic model of the learner's ability, the
 * question's easiness (fixed per course and question by the seed) and practice (a second attempt goes
 * better); plus two gaps planted for the item analysis to find.
 */
final class AnswerOdds {

    static final String FLAGSHIP = "ai-public-policy";

    /** In the flagship course, French-language attempts answer this question right 25 points less often. */
    static final String FRENCH_GAP_QUIZ = "01-what-is-ai";

    static final String FRENCH_GAP_QUESTION = "model-fails-in-new-region";

    /** In the flagship course, learners from this country answer this question right 25 points less often. */
    static final String COUNTRY_GAP_QUIZ = "02-ai-for-development";

    static final String COUNTRY_GAP_QUESTION = "tb-screening-pilot";
    static final String COUNTRY_GAP_COUNTRY = "KE";

    static final double GAP = 0.25;

    private final long seed;

    AnswerOdds(long seed) {
        this.seed = seed;
    }

    /** The probability of a fully right answer. */
    double right(
            String courseId,
            String quiz,
            GiftQuestion question,
            Language language,
            String country,
            double ability,
            int attempt) {
        double logit = ability + easiness(courseId, quiz, question) + 0.6 * (attempt - 1);
        double p = 1 / (1 + Math.exp(-logit));
        if (courseId.equals(FLAGSHIP)
                && quiz.equals(FRENCH_GAP_QUIZ)
                && question.title().equals(FRENCH_GAP_QUESTION)
                && language == Language.FR) {
            p -= GAP;
        }
        if (courseId.equals(FLAGSHIP)
                && quiz.equals(COUNTRY_GAP_QUIZ)
                && question.title().equals(COUNTRY_GAP_QUESTION)
                && country.equals(COUNTRY_GAP_COUNTRY)) {
            p -= GAP;
        }
        return Math.clamp(p, 0.02, 0.99);
    }

    /** Easy questions are well above 0 (most answer them right); the planted ones are easy, so a gap shows. */
    double easiness(String courseId, String quiz, GiftQuestion question) {
        if (courseId.equals(FLAGSHIP)
                && (question.title().equals(FRENCH_GAP_QUESTION)
                        || question.title().equals(COUNTRY_GAP_QUESTION))) {
            return 2.6;
        }
        double drawn = new Random(seed ^ (courseId + "/" + quiz + "/" + question.title()).hashCode()).nextDouble();
        double advanced = courseId.equals(FLAGSHIP) ? 0 : -0.3;
        return 0.7 + 2.0 * drawn + advanced + byType(question.type());
    }

    private static double byType(QuestionType type) {
        return switch (type) {
            case TRUE_FALSE -> 0.5;
            case SINGLE_CHOICE -> 0;
            case MULTIPLE_CHOICE -> -0.3;
            case MATCHING -> -0.2;
            case NUMERIC -> -0.6;
            case SHORT_ANSWER -> -1.0;
        };
    }
}
