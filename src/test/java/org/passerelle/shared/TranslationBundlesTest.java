package org.passerelle.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every label exists in all six UN languages, and no label is dead weight. */
class TranslationBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/vaadin-i18n");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Map<String, String> FILES = Map.of(
            "en", "translations.properties",
            "ar", "translations_ar.properties",
            "zh", "translations_zh.properties",
            "fr", "translations_fr.properties",
            "ru", "translations_ru.properties",
            "es", "translations_es.properties");

    @Test
    void everyLanguageHasExactlyTheKeysOfEveryOther() throws IOException {
        Map<String, Set<String>> keys = new TreeMap<>();
        for (var file : FILES.entrySet()) {
            keys.put(file.getKey(), load(file.getValue()).stringPropertyNames());
        }
        Set<String> all = keys.values().stream().flatMap(Set::stream).collect(Collectors.toCollection(TreeSet::new));
        for (var language : keys.entrySet()) {
            Set<String> missing = new TreeSet<>(all);
            missing.removeAll(language.getValue());
            assertThat(missing)
                    .as("keys missing in language %s", language.getKey())
                    .isEmpty();
        }
    }

    @Test
    void noTranslationIsBlankOrLeftInEnglishWhereItShouldNotBe() throws IOException {
        Properties english = load(FILES.get("en"));
        for (var file : FILES.entrySet()) {
            Properties texts = load(file.getValue());
            for (String key : texts.stringPropertyNames()) {
                assertThat(texts.getProperty(key))
                        .as("%s in %s", key, file.getKey())
                        .isNotBlank();
            }
            if (!file.getKey().equals("en")) {
                // A sentence identical to the English one was forgotten; single words ("Administration") may match.
                Set<String> sameAsEnglish = english.stringPropertyNames().stream()
                        .filter(key -> english.getProperty(key)
                                        .replaceAll("\\{\\d+}", "")
                                        .split("[^\\p{L}]+")
                                        .length
                                > 2)
                        .filter(key -> english.getProperty(key).equals(texts.getProperty(key)))
                        .collect(Collectors.toCollection(TreeSet::new));
                assertThat(sameAsEnglish)
                        .as("untranslated texts in %s", file.getKey())
                        .isEmpty();
            }
        }
    }

    @Test
    void everyKeyIsUsedInTheCodeAndEveryKeyTheCodeUsesExists() throws IOException {
        String code;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            code = files.filter(path -> path.toString().endsWith(".java"))
                    .map(TranslationBundlesTest::read)
                    .collect(Collectors.joining("\n"));
        }
        Set<String> keys = load(FILES.get("en")).stringPropertyNames();
        Set<String> unused = keys.stream()
                .filter(key -> !code.contains("\"" + key + "\""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unused).as("keys no code uses").isEmpty();

        Matcher calls = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"").matcher(code);
        Set<String> unknown = new TreeSet<>();
        while (calls.find()) {
            if (!keys.contains(calls.group(1))) {
                unknown.add(calls.group(1));
            }
        }
        assertThat(unknown).as("keys the code asks for that no bundle has").isEmpty();
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
