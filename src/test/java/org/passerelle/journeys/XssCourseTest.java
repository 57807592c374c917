package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.catalog.CourseContent;
import org.passerelle.catalog.CourseFiles;
import org.passerelle.catalog.CourseReading;

/**
 * The corpus course is a valid course, and every text its format can hold carries the corpus: a text field added
 * to the course format (a component of {@link CourseContent} or of anything inside it) fails here until the
 * corpus fills it, or it is named below as not written by people.
 */
class XssCourseTest {

    /** Record components that hold no free text: ids, folder and file names, fixed words, file paths. */
    static final Set<String> NOT_FREE_TEXT = Set.of(
            "CourseContent.id",
            "CourseContent.level",
            "ModuleContent.folder",
            "LessonContent.name",
            "GiftAnswer.min",
            "GiftAnswer.max");

    @TempDir
    Path root;

    @Test
    void theCorpusCourseIsValidAndCarriesTheCorpusInEveryTextOfTheFormat() throws IOException {
        for (Map.Entry<String, String> file : XssCourse.files("xss-check").entrySet()) {
            Path path = root.resolve("xss-check").resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }

        CourseReading reading = CourseFiles.read(root, "xss-check");

        assertThat(reading.problems()).isEmpty();
        Set<String> seen = new TreeSet<>();
        Set<String> filled = new TreeSet<>();
        walk(reading.course(), seen, filled);
        Set<String> empty = new TreeSet<>(seen);
        empty.removeAll(filled);
        assertThat(empty)
                .as("text components of the course format that the corpus does not fill (fill them in XssCourse)")
                .isEmpty();
        assertThat(seen)
                .contains("CourseContent.title", "LessonText.markdown", "GiftAnswer.feedback", "MatchPair.left");
    }

    @Test
    void theShortTextsCarryEveryPayloadWithinTheLimitOfNames() {
        assertThat(XssCorpus.SETS).allSatisfy(set -> assertThat(set.length()).isLessThanOrEqualTo(200));
        assertThat(XssCorpus.PAYLOADS)
                .allSatisfy(payload -> assertThat(XssCorpus.SETS).anyMatch(set -> set.contains(payload)));
    }

    /** Visits every text reachable from a record, noting each text component and those that carry a payload. */
    private static void walk(Object value, Set<String> seen, Set<String> filled) {
        if (value == null) {
            return;
        }
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                String name = record.getClass().getSimpleName() + "." + component.getName();
                if (NOT_FREE_TEXT.contains(name)) {
                    continue;
                }
                Object child;
                try {
                    child = component.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                if (carriesText(component.getGenericType())) {
                    seen.add(name);
                    List<String> texts = new ArrayList<>();
                    collect(child, texts);
                    if (texts.stream().anyMatch(XssCourseTest::payload)) {
                        filled.add(name);
                    }
                }
                walk(child, seen, filled);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> walk(v, seen, filled));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(v -> walk(v, seen, filled));
        }
    }

    private static boolean payload(String text) {
        return text.contains("alert(") || text.contains("right answer") || text.startsWith("https://video.example/");
    }

    private static boolean carriesText(Type type) {
        if (type == String.class) {
            return true;
        }
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                if (argument == String.class || carriesText(argument)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void collect(Object value, List<String> texts) {
        if (value instanceof String text) {
            texts.add(text);
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collect(v, texts));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(v -> collect(v, texts));
        }
    }
}
