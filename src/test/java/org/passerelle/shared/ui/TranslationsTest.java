package org.passerelle.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.passerelle.shared.Language;

/** Every text of every language formats, counts agree with their number, and French punctuation is spaced. */
class TranslationsTest {

    private static final Translations TRANSLATIONS = new Translations();
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    /** The forms a count takes in each language; French and Spanish leave "many" (1 000 000 de …) to "other". */
    private static final Map<Language, Set<String>> PLURAL_FORMS = Map.of(
            Language.AR, Set.of("zero", "one", "two", "few", "many", "other"),
            Language.RU, Set.of("one", "few", "many", "other"),
            Language.EN, Set.of("one", "other"),
            Language.FR, Set.of("one", "other"),
            Language.ES, Set.of("one", "other"),
            Language.ZH, Set.of("other"));

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyTextFormatsWithSampleNumbersAndKeepsItsApostrophes(Language language) {
        for (String key : keys(language)) {
            String pattern = Translations.pattern(key, language);
            for (long count : new long[] {0, 1, 2, 3, 5, 11, 21, 102, 1234}) {
                Object[] parameters = sample(pattern, count);
                assertThatCode(() -> TRANSLATIONS.getTranslation(key, language.locale(), parameters))
                        .as("%s in %s with %s", key, language, count)
                        .doesNotThrowAnyException();
                String text = TRANSLATIONS.getTranslation(key, language.locale(), parameters);
                assertThat(text)
                        .as("%s in %s with %s: no brace or plural syntax left", key, language, count)
                        .doesNotContain("{", "}", "plural,");
                // ICU reads a lone ' as text and '' as one ': a quote in a text must never swallow a placeholder.
                assertThat(count(text, '\''))
                        .as("%s in %s: its apostrophes", key, language)
                        .isEqualTo(count(pattern.replace("''", "'"), '\''));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyCountHasEveryFormItsLanguageNeeds(Language language) {
        Set<String> needed = PLURAL_FORMS.get(language);
        assertThat(PluralRules.forLocale(ULocale.forLocale(language.locale())).getKeywords())
                .as("the plural rules of %s", language)
                .containsAll(needed);
        for (String key : keys(language)) {
            for (Set<String> forms : pluralForms(Translations.pattern(key, language))) {
                assertThat(forms)
                        .as("the forms of a count in %s, %s", key, language)
                        .containsAll(needed);
            }
        }
    }

    @Test
    void countsAgreeWithTheirNumberInEachLanguage() {
        assertThat(text("cohort.line", Language.EN, 1)).endsWith("· 1 member");
        assertThat(text("cohort.line", Language.EN, 2)).endsWith("· 2 members");
        assertThat(text("cohort.line", Language.FR, 0)).endsWith("· 0 membre");
        assertThat(text("cohort.line", Language.AR, 1)).endsWith("· عضو واحد");
        assertThat(text("cohort.line", Language.AR, 2)).endsWith("· عضوان");
        assertThat(text("cohort.line", Language.AR, 3)).endsWith("· 3 أعضاء");
        assertThat(text("cohort.line", Language.AR, 11)).endsWith("· 11 عضوًا");
        assertThat(text("cohort.line", Language.AR, 100)).endsWith("· 100 عضو");
        assertThat(TRANSLATIONS.getTranslation("password.rule", Language.RU.locale(), 1))
                .startsWith("Не менее 1 символа;");
        assertThat(TRANSLATIONS.getTranslation("password.rule", Language.RU.locale(), 3))
                .startsWith("Не менее 3 символов;");
        assertThat(TRANSLATIONS.getTranslation("quiz.confirm", Language.EN.locale(), 1, 5))
                .startsWith("1 of 5 questions has no answer.");
        assertThat(TRANSLATIONS.getTranslation("quiz.confirm", Language.EN.locale(), 2, 5))
                .startsWith("2 of 5 questions have no answer.");
    }

    @Test
    void numbersAreWrittenTheWayTheLanguageWritesThem() {
        assertThat(TRANSLATIONS.getTranslation("password.rule", Language.EN.locale(), 12345))
                .startsWith("At least 12,345 characters");
        assertThat(TRANSLATIONS.getTranslation("password.rule", Language.FR.locale(), 12345))
                .startsWith("Au moins 12\u202f345 caractères");
    }

    @Test
    void frenchPutsANarrowNoBreakSpaceBeforeColonsSemicolonsAndMarks() {
        // A mark that ends a word (followed by a space, the end, or the end of a plural form): ": " but not "::titre".
        Pattern mark = Pattern.compile("(.)([:;!?])(?=[ }»]|\\z)");
        Set<String> wrong = new TreeSet<>();
        for (String key : keys(Language.FR)) {
            Matcher found = mark.matcher(Translations.pattern(key, Language.FR));
            while (found.find()) {
                if (!found.group(1).equals("\u202f")) {
                    wrong.add(key + " before " + found.group(2));
                }
            }
        }
        assertThat(wrong).as("French texts without U+202F before : ; ! ?").isEmpty();
        assertThat(TRANSLATIONS.getTranslation("quiz.rules.time", Language.FR.locale(), 20))
                .isEqualTo("Temps limité\u202f: 20 minutes");
    }

    private static String text(String key, Language language, long members) {
        return TRANSLATIONS.getTranslation(key, language.locale(), "KE", "1 Jan", "2 Feb", "AI", members);
    }

    private static List<String> keys(Language language) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                Translations.BUNDLE,
                language == Language.EN ? java.util.Locale.ROOT : language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new ArrayList<>(new TreeSet<>(bundle.keySet()));
    }

    /** As many numbers as the text has placeholders: a number fits a plain placeholder and a count alike. */
    private static Object[] sample(String pattern, long count) {
        Matcher arguments = ARGUMENT.matcher(pattern);
        int highest = -1;
        while (arguments.find()) {
            highest = Math.max(highest, Integer.parseInt(arguments.group(1)));
        }
        Object[] parameters = new Object[highest + 1];
        Arrays.fill(parameters, count);
        return parameters;
    }

    /** The selectors of each plural argument of a text, e.g. [one, other]. */
    private static List<Set<String>> pluralForms(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        List<Set<String>> all = new ArrayList<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START
                    && part.getArgType() == MessagePattern.ArgType.PLURAL) {
                Set<String> forms = new TreeSet<>();
                int limit = parsed.getLimitPartIndex(i);
                for (int j = i + 1; j < limit; j++) {
                    MessagePattern.Part inner = parsed.getPart(j);
                    if (inner.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                        forms.add(parsed.getSubstring(inner));
                    } else if (inner.getType() == MessagePattern.Part.Type.MSG_START) {
                        j = parsed.getLimitPartIndex(j);
                    }
                }
                all.add(forms);
            }
        }
        return all;
    }

    private static long count(String text, char wanted) {
        return text.chars().filter(c -> c == wanted).count();
    }
}
